import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, testServices, waitForHttp } from '@saffron/service/testing';
import { repoPath } from './repo.ts';

const NGINX_BINARIES = ['nginx', '/usr/sbin/nginx'];

function works(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Debian's nginx and envsubst (the renderer), which .ci/run installs. */
export function findNginx(): string | undefined {
  return NGINX_BINARIES.find((binary) => works(binary, ['-v']));
}

/** Whether the nginx tests can run here; in CI a missing nginx fails them instead. */
export function nginxAvailable(): boolean {
  if (findNginx() && works('sh', ['-c', 'command -v envsubst'])) return true;
  if (testServices.requireServices) {
    throw new Error('SAFFRON_REQUIRE_SERVICES=1 but nginx or envsubst is not installed');
  }
  console.warn('nginx tests skipped: install nginx-light and gettext-base (Debian) to run them');
  return false;
}

export interface NginxSettings {
  port: number;
  apiUpstreams: string[];
  filesUpstreams: string[];
  /** Holds web/ and grocery/. */
  staticRoot: string;
  filesMaxBytes?: number;
  cspImgOrigins?: string;
}

export interface RunningNginx {
  url: string;
  /** The rendered nginx.conf. */
  config: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * The real configuration, rendered by the image's own render.sh with loopback addresses
 * into a temporary prefix (pid, temp files and logs stay there), run in the foreground.
 */
export async function startNginx(settings: NginxSettings): Promise<RunningNginx> {
  const nginx = findNginx()!;
  const prefix = await mkdtemp(join(tmpdir(), 'saffron-nginx-'));
  await chmod(prefix, 0o755); // started as root, the workers run as nobody
  const rendered = spawnSync('sh', [repoPath('deploy/nginx/render.sh'), prefix], {
    encoding: 'utf8',
    env: childEnv({
      NGINX_LISTEN: `127.0.0.1:${settings.port}`,
      API_UPSTREAMS: settings.apiUpstreams.join(' '),
      FILES_UPSTREAMS: settings.filesUpstreams.join(' '),
      STATIC_ROOT: settings.staticRoot,
      FILES_MAX_BYTES: String(settings.filesMaxBytes ?? 26_214_400),
      CSP_IMG_ORIGINS: settings.cspImgOrigins ?? '',
    }),
  });
  if (rendered.status !== 0) throw new Error(`render.sh failed: ${rendered.stderr}`);
  const config = join(prefix, 'nginx.conf');
  const base = ['-p', prefix, '-c', config, '-e', 'stderr'];
  // A file, not a pipe: Node's pipes are sockets, which nginx cannot open as /dev/stdout.
  const logFile = join(prefix, 'output.log');
  const log = openSync(logFile, 'a');
  const stdio = ['ignore', log, log] as const;
  const output = () => readFileSync(logFile, 'utf8');
  const checked = spawnSync(nginx, ['-t', ...base], { stdio: [...stdio] });
  if (checked.status !== 0) throw new Error(`nginx -t failed: ${output()}`);
  const child = spawn(nginx, [...base, '-g', 'daemon off;'], { stdio: [...stdio] });
  closeSync(log);
  const url = `http://127.0.0.1:${settings.port}`;
  await waitForHttp(`${url}/healthz`);
  return {
    url,
    config,
    output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
