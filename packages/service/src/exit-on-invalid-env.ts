import { EnvError } from './env-fields.ts';

/**
 * Loads configuration or stops the process with one line naming the bad variables,
 * before anything has started (no port opened, no connection made).
 */
export function exitOnInvalidEnv<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
}
