import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx } from '@saffron/deploy/nginx';
import { freePort } from '@saffron/service/testing';
import { startApi } from './api.ts';
import { REPO_ROOT } from './bench-data.ts';
import { startFiles } from './files.ts';

/** The smallest page the same server can serve: what a perfect score looks like here. */
export const BASELINE_PAGE = '/bench-baseline.html';

/**
 * The product as production serves it: fresh production builds of the web and grocery apps
 * behind the real nginx configuration (gzip, caching, CSP), with the real api behind it.
 */
export async function startWebStack() {
  const built = spawnSync(
    'pnpm',
    ['turbo', 'run', 'build', '--filter=@saffron/web...', '--filter=@saffron/grocery...'],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (built.status !== 0) throw new Error('Building the web apps failed');
  const root = await mkdtemp(join(tmpdir(), 'saffron-bench-web-'));
  await cp(join(REPO_ROOT, 'apps/web/dist'), join(root, 'web'), { recursive: true });
  await cp(join(REPO_ROOT, 'apps/grocery/dist'), join(root, 'grocery'), { recursive: true });
  await writeFile(
    join(root, 'web', BASELINE_PAGE),
    '<!doctype html><html lang="en"><meta name="viewport" content="width=device-width">' +
      '<title>Baseline</title><h1>Saffron</h1><p>The smallest page this server serves.</p></html>',
  );
  const api = await startApi();
  const files = await startFiles();
  const nginx = await startNginx({
    port: await freePort(),
    apiUpstreams: [new URL(api.url).host],
    filesUpstreams: [new URL(files.url).host],
    staticRoot: root,
  });
  return {
    // "localhost", so the session cookie is the development one (no Secure over plain HTTP).
    url: nginx.url.replace('127.0.0.1', 'localhost'),
    stop: async () => {
      await nginx.stop();
      await Promise.all([api.stop(), files.stop()]);
      await rm(root, { recursive: true, force: true });
    },
  };
}
