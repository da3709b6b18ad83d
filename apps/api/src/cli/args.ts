import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from './command.ts';

/** Node's parseArgs, strict, with its mistakes reported as usage errors (exit code 64). */
export function parse<const T extends ParseArgsOptionsConfig>(args: string[], options = {} as T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
