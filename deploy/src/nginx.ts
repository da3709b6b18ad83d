import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, startProcess, testServices, waitForHttp } from '@saffron/service/testing';
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
  importArchiveMaxBytes?: number;
  cspImgOrigins?: string;
}

export interface RunningNginx {
  url: string;
  /** The rendered nginx.conf. */
  config: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Started as root, nginx's workers run as nobody: they must be able to enter every directory. */
async function makeReadable(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) await makeReadable(join(dir, entry.name));
  }
}

/**
 * The real configuration, rendered by the image's own render.sh with loopback addresses
 * into a temporary prefix (pid, temp files and logs stay there), run in the foreground.
 */
export async function startNginx(settings: NginxSettings): Promise<RunningNginx> {
  const nginx = findNginx()!;
  const prefix = await mkdtemp(join(tmpdir(), 'saffron-nginx-'));
  const rendered = spawnSync('sh', [repoPath('deploy/nginx/render.sh'), prefix], {
    encoding: 'utf8',
    env: childEnv({
      NGINX_LISTEN: `127.0.0.1:${settings.port}`,
      API_UPSTREAMS: settings.apiUpstreams.join(' '),
      FILES_UPSTREAMS: settings.filesUpstreams.join(' '),
      STATIC_ROOT: settings.staticRoot,
      FILES_MAX_BYTES: String(settings.filesMaxBytes ?? 26_214_400),
      IMPORT_ARCHIVE_MAX_BYTES: String(settings.importArchiveMaxBytes ?? 524_288_000),
      CSP_IMG_ORIGINS: settings.cspImgOrigins ?? '',
    }),
  });
  if (rendered.status !== 0) throw new Error(`render.sh failed: ${rendered.stderr}`);
  await makeReadable(prefix);
  await makeReadable(settings.staticRoot);
  const config = join(prefix, 'nginx.conf');
  const base = ['-p', prefix, '-c', config, '-e', 'stderr'];
  const logFile = join(prefix, 'output.log');
  const checked = startProcess(nginx, ['-t', ...base], { logFile });
  if ((await checked.exited) !== 0) throw new Error(`nginx -t failed: ${checked.output()}`);
  const running = startProcess(nginx, [...base, '-g', 'daemon off;'], { logFile });
  const url = `http://127.0.0.1:${settings.port}`;
  await waitForHttp(`${url}/healthz`);
  return {
    url,
    config,
    output: running.output,
    stop: async () => {
      await running.stop();
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
