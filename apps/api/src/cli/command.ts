import type { DatabaseHandle } from '@saffron/db';
import type { Env } from '../env.ts';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliContext {
  env: Env;
  io: CliIo;
  /** Opened on first use, closed by the runner. */
  database: () => Promise<DatabaseHandle>;
}

export interface Command {
  /** Words that select the command, e.g. "db migrate". */
  name: string;
  summary: string;
  usage?: string;
  run: (args: string[], context: CliContext) => Promise<void>;
}

/** A mistake in how the command was called: printed with the usage, exit code 64. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
