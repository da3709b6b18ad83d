import { exitOnInvalidEnv } from '@saffron/service';
import { loadEnv } from '../env.ts';
import { runCli } from './run.ts';
import { readNewPassword } from './secret-input.ts';

const env = exitOnInvalidEnv(() => loadEnv());
process.exitCode = await runCli(process.argv.slice(2), env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readNewPassword,
});
