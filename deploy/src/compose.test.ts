import { describe, expect, it } from 'vitest';
import { apiProductionEnv, filesProductionEnv, IMAGES, NODE_SERVICES, WEB_PORT } from './apps.ts';
import { loadCompose, loadComposeOverride, serviceEnv, type ComposeService } from './compose.ts';
import { parseDockerfile } from './dockerfile.ts';
import { parseEnvFile, readRepoFile } from './repo.ts';

const example = parseEnvFile(readRepoFile('deploy/.env.example'));
/** The secrets deploy/.env.example leaves for the user to make. */
const SECRETS = [
  'POSTGRES_PASSWORD',
  'POSTGRES_BACKUP_PASSWORD',
  'REDIS_PASSWORD',
  'TYPESENSE_API_KEY',
  'MINIO_ROOT_PASSWORD',
];
/** deploy/.env as a user fills it in. */
const filled = {
  ...example,
  ...Object.fromEntries(SECRETS.map((key) => [key, `secret-${key.toLowerCase()}`])),
  PUBLIC_URL: 'https://recipes.example.com',
};
const compose = loadCompose(filled);
const service = (name: string): ComposeService => {
  const found = compose.services[name];
  if (!found) throw new Error(`compose.yaml has no service ${name}`);
  return found;
};
const dockerTargets = new Set(
  parseDockerfile(readRepoFile('deploy/docker/Dockerfile')).stages.map((stage) => stage.name),
);

describe('compose.yaml', () => {
  it('refuses to start while any secret of deploy/.env.example is blank, naming it', () => {
    for (const key of SECRETS) {
      expect(example[key], key).toBe('');
      expect(() => loadCompose({ ...filled, [key]: '' })).toThrow(
        `${key}: set ${key} in deploy/.env`,
      );
    }
  });

  it('refuses to start without the public address, which every app gets', () => {
    expect(example.PUBLIC_URL).toBe('');
    expect(() => loadCompose({ ...filled, PUBLIC_URL: '' })).toThrow(
      'PUBLIC_URL: set PUBLIC_URL in deploy/.env',
    );
    for (const name of ['api-1', 'api-2', 'files']) {
      expect(serviceEnv(service(name)).PUBLIC_URL, name).toBe('https://recipes.example.com');
    }
  });

  it('runs the whole stack: Postgres and its standby, Redis, Typesense, MinIO, two apis, files, nginx, backups', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      [
        'api-1',
        'api-2',
        'backup',
        'files',
        'migrate',
        'minio',
        'minio-init',
        'postgres',
        'postgres-backup',
        'redis',
        'typesense',
        'web',
      ].sort(),
    );
    expect(service('redis').command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
    expect(service('typesense').image).toMatch(/^typesense\/typesense:/);
    expect(service('postgres').volumes).toEqual(['postgres-data:/var/lib/postgresql']);
    expect(service('postgres-backup').volumes).toEqual([
      'postgres-backup-data:/var/lib/postgresql',
    ]);
  });

  it('builds every Saffron image from its Dockerfile target, under the names Kubernetes uses', () => {
    const built = Object.entries(compose.services).filter(([, each]) => each.build);
    for (const [name, { build, image }] of built) {
      expect(build!.dockerfile, name).toBe('deploy/docker/Dockerfile');
      expect(dockerTargets.has(build!.target), name).toBe(true);
      expect(image, name).toBe(`${IMAGES[build!.target as keyof typeof IMAGES]}:latest`);
    }
    expect(new Set(built.map(([, each]) => each.build!.target))).toEqual(
      new Set(Object.keys(IMAGES)),
    );
  });

  it('starts the apps only after the migrations succeeded and what they need is healthy', () => {
    expect(service('migrate').command).toEqual([
      'node',
      'apps/api/src/cli/main.ts',
      'db',
      'migrate',
    ]);
    for (const name of ['api-1', 'api-2', 'files', 'backup']) {
      expect(service(name).depends_on.migrate, name).toEqual({
        condition: 'service_completed_successfully',
      });
    }
    for (const [name, each] of Object.entries(compose.services)) {
      for (const [dependency, { condition }] of Object.entries(each.depends_on)) {
        if (condition !== 'service_healthy') continue;
        const target = service(dependency);
        // Saffron's images bring their own HEALTHCHECK; the others need one here.
        const checked = target.build
          ? !target.healthcheck?.disable
          : Boolean(target.healthcheck?.test);
        expect(checked, `${name} waits for ${dependency} to be healthy`).toBe(true);
      }
    }
  });

  it('gives the api and files everything their configuration requires in production', () => {
    for (const name of ['api-1', 'api-2', 'migrate']) {
      const env = apiProductionEnv(serviceEnv(service(name)));
      expect(env.DATABASE_URL).toMatch(
        /^postgres:\/\/saffron:secret-postgres_password@postgres:5432\//,
      );
    }
    const api = serviceEnv(service('api-1'));
    expect(apiProductionEnv(api).REDIS_URL).toBe('redis://:secret-redis_password@redis:6379');
    expect(api).toMatchObject({
      TYPESENSE_URL: 'http://typesense:8108',
      TYPESENSE_API_KEY: 'secret-typesense_api_key',
    });
    const files = filesProductionEnv(serviceEnv(service('files')));
    expect(files.FILES_PORT).toBe(NODE_SERVICES.files.port);
    expect(serviceEnv(service('files'))).toMatchObject({
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'saffron',
    });
  });

  it('publishes only nginx, whose upstreams are the two api instances and files on their ports', () => {
    const published = Object.entries(compose.services).filter(([, each]) => each.ports.length > 0);
    expect(published.map(([name]) => name)).toEqual(['web']);
    expect(service('web').ports).toEqual([`8080:${WEB_PORT}`]);
    expect(serviceEnv(service('web'))).toMatchObject({
      API_UPSTREAMS: `api-1:${NODE_SERVICES.api.port} api-2:${NODE_SERVICES.api.port}`,
      FILES_UPSTREAMS: `files:${NODE_SERVICES.files.port}`,
      FILES_MAX_BYTES: serviceEnv(service('files')).FILES_MAX_BYTES,
      IMPORT_ARCHIVE_MAX_BYTES: serviceEnv(service('files')).IMPORT_ARCHIVE_MAX_BYTES,
    });
  });

  it('backs up every two hours into the standby database, a volume and the bucket', () => {
    const backup = service('backup');
    expect(backup.command).toEqual([
      'sh',
      '-c',
      expect.stringMatching(
        /^while :; do node apps\/api\/src\/cli\/main\.ts backup .*sleep 7200; done$/,
      ),
    ]);
    const env = apiProductionEnv(serviceEnv(backup));
    expect(env.BACKUP_DATABASE_URL).toMatch(/@postgres-backup:5432\/saffron$/);
    expect(env.BACKUP_DIR).toBe('/backups');
    expect(backup.volumes).toEqual(['backups:/backups']);
    expect(env.S3).toMatchObject({
      endpoint: 'http://minio:9000',
      bucket: 'saffron',
      forcePathStyle: true,
    });
    expect(env.BACKUP_RETENTION).toBe(24);
  });

  it('fails over with deploy/compose.failover.yaml: every app on the standby, the backup job off', () => {
    const failover = loadComposeOverride('deploy/compose.failover.yaml', filled);
    const users = Object.entries(compose.services).filter(
      ([, each]) => each.environment.DATABASE_URL !== undefined,
    );
    for (const [name, each] of users) {
      if (name === 'backup') continue;
      const overridden = { ...serviceEnv(each), ...failover.services[name]?.environment };
      const env = apiProductionEnv(overridden);
      expect(env.DATABASE_URL, name).toBe(
        'postgres://saffron:secret-postgres_backup_password@postgres-backup:5432/saffron',
      );
    }
    expect(failover.services.backup!.profiles).toEqual(['after-failover']);
  });
});
