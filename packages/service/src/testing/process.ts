import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface RunningProcess {
  child: ChildProcess;
  /** What it wrote to stdout and stderr so far. */
  output: () => string;
  exited: Promise<number | null>;
  /** SIGTERM, then waits for the exit; just the wait if it has already ended. */
  stop: () => Promise<void>;
}

export interface StartOptions {
  cwd?: string;
  /** This process's environment when left out. */
  env?: NodeJS.ProcessEnv;
  /**
   * stdout and stderr go to this file (emptied first) rather than memory. A file, not a pipe:
   * Node's pipes are sockets, which nginx cannot open as /dev/stdout.
   */
  logFile?: string;
  /** Without a logFile: spawn's stdio; what goes to 'pipe' is kept for output(). */
  stdio?: StdioOptions;
}

/** Starts a program, by default collecting its stdout and stderr together. */
export function startProcess(
  command: string,
  args: string[],
  { cwd, env, logFile, stdio = ['ignore', 'pipe', 'pipe'] }: StartOptions = {},
): RunningProcess {
  const log = logFile === undefined ? undefined : openSync(logFile, 'w');
  const child = spawn(command, args, {
    cwd,
    env,
    stdio: log === undefined ? stdio : ['ignore', log, log],
  });
  if (log !== undefined) closeSync(log);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    child,
    output: () => (logFile === undefined ? output : readFileSync(logFile, 'utf8')),
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Starts a Node entry point, with `args` after it. */
export function startNode(
  entry: string,
  env: NodeJS.ProcessEnv,
  { args = [], ...options }: Omit<StartOptions, 'env'> & { args?: string[] } = {},
): RunningProcess {
  return startProcess(process.execPath, [entry, ...args], { ...options, env });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function waitForHttp(url: string, timeoutMs = 20_000): Promise<Response> {
  for (const deadline = Date.now() + timeoutMs; ; await new Promise((r) => setTimeout(r, 100))) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}
