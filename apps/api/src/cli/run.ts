import { createDb, type DatabaseHandle } from '@saffron/db';
import { createContextInner, type Context } from '../trpc/context.ts';
import { createApiDeps } from '../deps.ts';
import type { Env } from '../env.ts';
import { pino } from 'pino';
import { UsageError, type CliIo, type Command } from './command.ts';
import { backup, backupList, restore } from './commands/backup.ts';
import { dbMigrate, dbStatus } from './commands/db.ts';
import { searchReindex } from './commands/search.ts';
import { seed } from './commands/seed.ts';
import { setupToken } from './commands/setup.ts';
import {
  userCreate,
  userDisable,
  userEnable,
  userList,
  userResetPassword,
} from './commands/user.ts';

export const COMMANDS: Command[] = [
  dbMigrate,
  dbStatus,
  userCreate,
  userList,
  userDisable,
  userEnable,
  userResetPassword,
  setupToken,
  searchReindex,
  seed,
  backup,
  backupList,
  restore,
];

function helpText(): string {
  const width = Math.max(...COMMANDS.map((command) => (command.usage ?? command.name).length));
  const lines = COMMANDS.map((c) => `  ${(c.usage ?? c.name).padEnd(width)}  ${c.summary}`);
  return `Usage: pnpm saffron <command> [options]\n\nCommands:\n${lines.join('\n')}`;
}

/** Picks the command whose words start argv (longest match wins). */
function findCommand(argv: string[]): { command: Command; args: string[] } | undefined {
  const matches = COMMANDS.filter((command) =>
    command.name.split(' ').every((word, i) => argv[i] === word),
  ).sort((a, b) => b.name.length - a.name.length);
  const command = matches[0];
  return command && { command, args: argv.slice(command.name.split(' ').length) };
}

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: string[], env: Env, io: CliIo): Promise<number> {
  const found = findCommand(argv);
  const asksForHelp = argv.length === 0 || argv[0] === 'help' || argv.includes('--help');
  if (!found || asksForHelp) {
    (asksForHelp ? io.out : io.err)(helpText());
    return asksForHelp ? 0 : 64;
  }
  let database: Promise<DatabaseHandle> | undefined;
  const openDatabase = () =>
    (database ??= createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolMax: 2 }));
  let opened: { context: Context; close: () => Promise<void> } | undefined;
  const api = async () => {
    if (!opened) {
      const logger = pino({ level: 'warn' }, process.stderr);
      const { deps, close } = await createApiDeps(env, await openDatabase(), logger);
      opened = { context: createContextInner(deps), close };
    }
    return opened.context;
  };
  try {
    await found.command.run(found.args, { env, io, database: openDatabase, api });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nUsage: pnpm saffron ${found.command.usage ?? found.command.name}`);
      return 64;
    }
    io.err(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    // The api's services close the database with them.
    if (opened) await opened.close();
    else await (await database)?.close();
  }
}
