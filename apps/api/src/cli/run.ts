import { createDb, type DatabaseHandle } from '@saffron/db';
import type { Env } from '../env.ts';
import { UsageError, type CliIo, type Command } from './command.ts';
import { dbMigrate, dbStatus } from './commands/db.ts';

export const COMMANDS: Command[] = [dbMigrate, dbStatus];

function helpText(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: pnpm saffron <command> [options]\n\nCommands:\n${lines.join('\n')}`;
}

/** Picks the command whose words start argv (longest match wins). */
function findCommand(argv: string[]): { command: Command; args: string[] } | undefined {
  const matches = COMMANDS.filter((command) => {
    const words = command.name.split(' ');
    return words.every((word, i) => argv[i] === word);
  }).sort((a, b) => b.name.length - a.name.length);
  const command = matches[0];
  return command && { command, args: argv.slice(command.name.split(' ').length) };
}

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: string[], env: Env, io: CliIo): Promise<number> {
  const found = findCommand(argv);
  if (!found || argv[0] === 'help' || argv.includes('--help')) {
    (found || argv[0] === 'help' || argv.length === 0 ? io.out : io.err)(helpText());
    return found || argv[0] === 'help' || argv.length === 0 ? 0 : 64;
  }
  let handle: DatabaseHandle | undefined;
  const database = async () =>
    (handle ??= await createDb({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      poolMax: 2,
    }));
  try {
    await found.command.run(found.args, { env, io, database });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nUsage: pnpm saffron ${found.command.usage ?? found.command.name}`);
      return 64;
    }
    io.err(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await handle?.close();
  }
}
