import { envErrorOf } from '@saffron/service/testing';
import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.ts';

const envError = (runtimeEnv: Record<string, string>) => envErrorOf(() => loadEnv(runtimeEnv));

describe('loadEnv', () => {
  it('runs with no variables at all: embedded database, development defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      API_PORT: 3001,
      DATABASE_URL: undefined,
      LOG_FORMAT: 'pretty',
    });
    expect(env.DATA_DIR).toMatch(/\.data$/);
  });

  it('names a malformed DATABASE_URL', () => {
    const error = envError({ DATABASE_URL: 'not-a-url' });
    expect(error.variables).toEqual(['DATABASE_URL']);
    expect(error.message).toBe('Invalid configuration: DATABASE_URL: must be a postgres:// URL');
  });

  it('names every bad variable at once', () => {
    const error = envError({ API_PORT: '70000', LOG_LEVEL: 'chatty', DATABASE_URL: 'mysql://x/y' });
    expect(error.variables.sort()).toEqual(['API_PORT', 'DATABASE_URL', 'LOG_LEVEL']);
  });

  it('treats empty strings as unset', () => {
    expect(loadEnv({ DATABASE_URL: '', API_PORT: '' })).toMatchObject({ API_PORT: 3001 });
  });

  it('refuses the embedded database, and no public address, in production', () => {
    expect(envError({ NODE_ENV: 'production' }).variables).toEqual(['DATABASE_URL', 'PUBLIC_URL']);
    expect(
      loadEnv({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/saffron',
        PUBLIC_URL: 'https://recipes.example.com/',
      }),
    ).toMatchObject({ LOG_FORMAT: 'json', PUBLIC_URL: 'https://recipes.example.com' });
  });

  it('takes PUBLIC_URL as an origin only', () => {
    expect(loadEnv({ PUBLIC_URL: 'https://recipes.example.com:8443' }).PUBLIC_URL).toBe(
      'https://recipes.example.com:8443',
    );
    for (const bad of [
      'recipes.example.com',
      'ftp://recipes.example.com',
      'https://x.example/app',
    ]) {
      expect(envError({ PUBLIC_URL: bad }).variables, bad).toEqual(['PUBLIC_URL']);
    }
  });
});

describe('loadEnv: backups and object storage', () => {
  it('keeps 24 backups by default, in the data directory when nothing else is configured', () => {
    const env = loadEnv({ DATA_DIR: '/srv/saffron' });
    expect(env).toMatchObject({
      BACKUP_RETENTION: 24,
      BACKUP_DIR: undefined,
      BACKUP_DATABASE_URL: undefined,
      DEFAULT_BACKUP_DIR: '/srv/saffron/backups',
      S3: undefined,
    });
  });

  it('reads the backup destinations and the S3 settings files uses too', () => {
    const env = loadEnv({
      BACKUP_DATABASE_URL: 'postgres://backup/saffron',
      BACKUP_DIR: '/var/backups/saffron',
      BACKUP_RETENTION: '12',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'saffron',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(env).toMatchObject({
      BACKUP_DATABASE_URL: 'postgres://backup/saffron',
      BACKUP_DIR: '/var/backups/saffron',
      BACKUP_RETENTION: 12,
      S3: { endpoint: 'http://minio:9000', bucket: 'saffron', forcePathStyle: true },
    });
  });

  it('names malformed backup variables', () => {
    const error = envError({ BACKUP_DATABASE_URL: 'backup-host', BACKUP_RETENTION: '0' });
    expect(error.variables.sort()).toEqual(['BACKUP_DATABASE_URL', 'BACKUP_RETENTION']);
    expect(envError({ S3_BUCKET: 'saffron', S3_ACCESS_KEY_ID: 'id' }).variables).toEqual([
      'S3_SECRET_ACCESS_KEY',
    ]);
  });
});

describe('loadEnv: fetching recipe links', () => {
  it('allows no private host, 5 MiB and 15 s by default', () => {
    expect(loadEnv({})).toMatchObject({
      IMPORT_ALLOWED_HOSTS: [],
      IMPORT_MAX_BYTES: 5_242_880,
      IMPORT_TIMEOUT: 15_000,
    });
  });

  it('reads the allowed hosts, the size cap and the time cap', () => {
    const env = loadEnv({
      IMPORT_ALLOWED_HOSTS: 'recipes.lan, 192.168.1.20:8080',
      IMPORT_MAX_BYTES: '1048576',
      IMPORT_TIMEOUT: '30s',
    });
    expect(env).toMatchObject({
      IMPORT_ALLOWED_HOSTS: ['recipes.lan', '192.168.1.20:8080'],
      IMPORT_MAX_BYTES: 1_048_576,
      IMPORT_TIMEOUT: 30_000,
    });
  });

  it('names malformed import variables', () => {
    const error = envError({
      IMPORT_ALLOWED_HOSTS: 'https://recipes.lan/',
      IMPORT_MAX_BYTES: 'lots',
      IMPORT_TIMEOUT: '15',
    });
    expect(error.variables.sort()).toEqual([
      'IMPORT_ALLOWED_HOSTS',
      'IMPORT_MAX_BYTES',
      'IMPORT_TIMEOUT',
    ]);
    expect(envError({ IMPORT_ALLOWED_HOSTS: 'recipes.lan:0' }).message).toBe(
      'Invalid configuration: IMPORT_ALLOWED_HOSTS: must list hosts such as recipes.lan or 192.168.1.20:8080',
    );
  });
});
