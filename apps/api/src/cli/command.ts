import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { DatabaseHandle } from '@saffron/db';
import type { Context } from '../trpc/context.ts';
import type { Env } from '../env.ts';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A password: read from stdin when piped, else prompted without echo (twice, to confirm). */
  readNewPassword: () => Promise<string>;
}

export interface CliContext {
  env: Env;
  io: CliIo;
  /** The database alone, for commands that need nothing else (no Redis, no search engine). */
  database: () => Promise<DatabaseHandle>;
  /** The same services the api runs, opened on first use and closed by the runner. */
  api: () => Promise<Context>;
}

export interface Command {
  /** Words that select the command, e.g. "user create". */
  name: string;
  summary: string;
  usage?: string;
  run: (args: string[], context: CliContext) => Promise<void>;
}

/** A mistake in how the command was called: printed with the usage, exit code 64. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Command-line options, with mistakes reported as usage errors rather than crashes. */
export function parseCommandArgs<const T extends ParseArgsOptionsConfig>(
  args: string[],
  options = {} as T,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
