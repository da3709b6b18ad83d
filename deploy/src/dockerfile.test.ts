import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_USER, NODE_SERVICES, WEB_PORT } from './apps.ts';
import { effective, environment, parseDockerfile, stageChain } from './dockerfile.ts';
import { catalogVersion, readRepoFile, repoPath } from './repo.ts';

const dockerfile = parseDockerfile(readRepoFile('deploy/docker/Dockerfile'));
const runs = (stage: string) =>
  stageChain(dockerfile, stage)[0]!
    .instructions.filter((each) => each.keyword === 'RUN')
    .map((each) => each.args);
const copies = (stage: string) =>
  stageChain(dockerfile, stage)[0]!
    .instructions.filter((each) => each.keyword === 'COPY')
    .map((each) => each.args);

describe('deploy/docker/Dockerfile', () => {
  it('starts from Node 24 slim, with the turbo the workspace pins and the pnpm package.json pins', () => {
    expect(dockerfile.globalArgs.NODE_IMAGE).toMatch(/^node:24(\.\d+)*-(bookworm-)?slim$/);
    expect(dockerfile.globalArgs.TURBO_VERSION).toBe(catalogVersion('turbo'));
    expect(runs('node-base')).toContain('corepack enable');
    const { packageManager } = JSON.parse(readRepoFile('package.json')) as {
      packageManager: string;
    };
    expect(packageManager).toMatch(/^pnpm@\d+\.\d+\.\d+$/);
  });

  for (const [name, service] of Object.entries(NODE_SERVICES)) {
    it(`${name}: its pruned workspace, production dependencies from the lockfile, non-root, checked on /healthz`, () => {
      expect(runs(`prune-${name}`)).toEqual([
        `pnpm dlx turbo@\${TURBO_VERSION} prune @saffron/${name} --docker`,
      ]);
      expect(runs(`install-${name}`)).toEqual([
        expect.stringMatching(/pnpm install --frozen-lockfile --prod$/),
      ]);
      expect(copies(`install-${name}`)).toEqual([
        `--from=prune-${name} /app/out/json/ .`,
        `--from=prune-${name} /app/out/full/ .`,
      ]);
      const chain = stageChain(dockerfile, name);
      expect(chain.at(-1)!.from).toBe(dockerfile.globalArgs.NODE_IMAGE);
      expect(copies(name)).toContain(`--from=install-${name} /app /app`);
      expect(effective(chain, 'USER')).toBe(`${APP_USER}:${APP_USER}`);
      expect(environment(chain)).toMatchObject({
        NODE_ENV: 'production',
        HOST: '0.0.0.0',
        [service.portVariable]: String(service.port),
      });
      expect(effective(chain, 'EXPOSE')).toBe(String(service.port));
      const healthcheck = effective(chain, 'HEALTHCHECK')!;
      expect(healthcheck).toContain('/healthz');
      expect(healthcheck).toContain(`process.env.${service.portVariable}`);
      expect(JSON.parse(effective(chain, 'CMD')!)).toEqual(['node', service.main]);
      expect(existsSync(repoPath(service.main))).toBe(true);
    });
  }

  it('web: the built apps on Debian nginx, configured by deploy/nginx at start, non-root on 8080', () => {
    expect(runs('prune-web')).toEqual([
      `pnpm dlx turbo@\${TURBO_VERSION} prune @saffron/web @saffron/grocery --docker`,
    ]);
    expect(runs('build-web')).toContain(
      'pnpm turbo run build --filter=@saffron/web --filter=@saffron/grocery',
    );
    const chain = stageChain(dockerfile, 'web');
    expect(chain[0]!.from).toBe(dockerfile.globalArgs.DEBIAN_IMAGE);
    expect(runs('web')[0]).toContain('nginx-light gettext-base');
    expect(copies('web')).toEqual([
      'deploy/nginx/ /etc/saffron/nginx/',
      '--from=build-web /app/apps/web/dist/ /usr/share/saffron/web/',
      '--from=build-web /app/apps/grocery/dist/ /usr/share/saffron/grocery/',
    ]);
    expect(environment(chain)).toMatchObject({
      NGINX_LISTEN: String(WEB_PORT),
      STATIC_ROOT: '/usr/share/saffron',
    });
    expect(effective(chain, 'USER')).toBe(`${APP_USER}:${APP_USER}`);
    expect(effective(chain, 'EXPOSE')).toBe(String(WEB_PORT));
    expect(effective(chain, 'HEALTHCHECK')).toContain(`http://127.0.0.1:${WEB_PORT}/healthz`);
    expect(JSON.parse(effective(chain, 'ENTRYPOINT')!)).toEqual([
      '/etc/saffron/nginx/entrypoint.sh',
    ]);
    expect(existsSync(repoPath('deploy/nginx/entrypoint.sh'))).toBe(true);
  });

  it('gives the api image the PostgreSQL client of the major version the deployments run', () => {
    const major = dockerfile.globalArgs.POSTGRES_CLIENT_MAJOR;
    expect(runs('api').join('\n')).toContain('postgresql-client-${POSTGRES_CLIENT_MAJOR}');
    const servers = [readRepoFile('compose.yaml'), readRepoFile('deploy/k8s/postgres.yaml')];
    for (const text of servers) {
      const images = [...text.matchAll(/image: postgres:(\d+)/g)].map((match) => match[1]);
      expect(images.length).toBeGreaterThan(0);
      expect(new Set(images)).toEqual(new Set([major]));
    }
  });

  it('keeps local data, dependencies and secrets out of the build context', () => {
    const ignored = readRepoFile('.dockerignore').split('\n');
    for (const entry of [
      '**/node_modules',
      '**/.data',
      '.git',
      '**/.env',
      'deploy/k8s/secrets.env',
    ]) {
      expect(ignored).toContain(entry);
    }
  });
});
