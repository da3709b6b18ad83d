import type { CliIo } from '../cli/command.ts';

/** A CLI's input and output in memory: what it printed, and passwords to "type". */
export function captureIo(passwords: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line: string) => void out.push(line),
    err: (line: string) => void err.push(line),
    readNewPassword: () => Promise.resolve(passwords.shift() ?? ''),
  };
  return { out, err, io };
}
