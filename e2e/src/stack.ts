import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startProcess, waitForHttp, type RunningProcess } from '@saffron/service/testing';
import { e2eEnv } from './env.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const ARTIFACTS = join(ROOT, 'e2e/test-artifacts');
export const VITE = join(ROOT, 'apps/web/node_modules/vite/bin/vite.js');

/** Node with these arguments, its output in ARTIFACTS/<name>.log. */
export function start(
  name: string,
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
): RunningProcess {
  return startProcess(process.execPath, args, {
    cwd,
    env: { PATH: e2eEnv.path, HOME: e2eEnv.home, ...env },
    logFile: join(ARTIFACTS, `${name}.log`),
  });
}

/**
 * The product as users get it: the api and files processes on the test database, and the
 * production builds of the web and grocery apps served by `vite preview` with the same
 * proxy as in development.
 */
export async function startStack(databaseUrl: string) {
  await mkdir(ARTIFACTS, { recursive: true });
  const [api, files, web, grocery, recipeSite] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  const ports = {
    API_PORT: String(api),
    FILES_PORT: String(files),
    WEB_PORT: String(web),
    GROCERY_PORT: String(grocery),
  };
  // Attachments go to local storage in a directory of this run's own.
  const dataDir = await mkdtemp(join(tmpdir(), 'saffron-e2e-'));
  const common = {
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    // A recipe site a test serves on loopback, which imports may fetch from (nothing else local).
    IMPORT_ALLOWED_HOSTS: `127.0.0.1:${recipeSite}`,
    ...(e2eEnv.redisUrl ? { REDIS_URL: e2eEnv.redisUrl } : {}),
    ...ports,
  };
  const preview = (port: number) => [VITE, 'preview', '--strictPort', '--port', String(port)];
  const startApi = (name = 'api') => start(name, ['apps/api/src/main.ts'], common);
  let apiProcess = startApi();
  const services = [
    start('files', ['apps/files/src/main.ts'], common),
    start('web', preview(web), ports, join(ROOT, 'apps/web')),
    start('grocery', preview(grocery), ports, join(ROOT, 'apps/grocery')),
  ];
  await Promise.all([
    waitForHttp(`http://127.0.0.1:${api}/readyz`),
    waitForHttp(`http://127.0.0.1:${files}/readyz`),
    waitForHttp(`http://127.0.0.1:${web}/`),
    waitForHttp(`http://127.0.0.1:${grocery}/`),
  ]);
  return {
    baseUrl: `http://localhost:${web}`,
    groceryUrl: `http://localhost:${grocery}/grocery/`,
    ports,
    recipeSitePort: recipeSite,
    /** Stops the api as a deploy does (SIGTERM: the current work is finished) and starts it again. */
    restartApi: async () => {
      await stopService(apiProcess);
      apiProcess = startApi('api-restarted');
      await waitForHttp(`http://127.0.0.1:${api}/readyz`);
    },
    stop: async () => {
      await Promise.all([apiProcess, ...services].map(stopService));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function stopService(service: RunningProcess): Promise<void> {
  return service.stop();
}
