import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { openTestDatabase, seedSampleData, tableChecksums, useTestDb } from '@saffron/db/testing';
import { createS3Client } from '@saffron/service';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.ts';
import { loadEnv } from '../env.ts';
import { captureIo } from '../testing/cli.ts';

const BUCKET = 'saffron-test';

describe('backups in object storage (S3 API, s3rver)', () => {
  const live = useTestDb();
  let s3rver: S3rver;
  let workDir: string;
  let endpoint: string;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'saffron-s3-'));
    s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: workDir });
    const { port } = await s3rver.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await s3rver.close();
    await rm(workDir, { recursive: true, force: true });
  });

  const envFor = (bucket: string, extra: Record<string, string> = {}) =>
    loadEnv({
      DATABASE_URL: live.url,
      DATA_DIR: join(workDir, 'data'),
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
      BACKUP_RETENTION: '2',
      ...extra,
    });

  it('stores backups under backups/, keeps the newest BACKUP_RETENTION, lists and restores them', async () => {
    const env = envFor(BUCKET);
    const client = createS3Client(env.S3!);
    await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
    await client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'backups/notes.txt', Body: 'mine' }),
    );
    await seedSampleData(live.db, { passwordHash: 'x' });
    for (let i = 0; i < 3; i++) {
      const run = captureIo();
      expect(await runCli(['backup'], env, run.io), run.err.join('\n')).toBe(0);
      expect(run.out.at(-1)).toMatch(`Stored in s3://${BUCKET}/backups/`);
    }
    const listed = await client.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'backups/' }),
    );
    const keys = (listed.Contents ?? []).map((object) => object.Key!);
    expect(keys.filter((key) => key.startsWith('backups/saffron-'))).toHaveLength(2);
    expect(keys).toContain('backups/notes.txt'); // retention touches only what it wrote

    const list = captureIo();
    expect(await runCli(['backup', 'list'], env, list.io)).toBe(0);
    expect(list.out).toContain(`s3://${BUCKET}/backups/:`);
    expect(list.out).toContain(`${join(workDir, 'data', 'backups')}: no backups`);
    expect(list.out.filter((line) => line.startsWith('  saffron-'))).toHaveLength(2);

    const target = await openTestDatabase();
    const restore = captureIo();
    expect(await runCli(['restore', '--to', target.url], env, restore.io)).toBe(0);
    expect(restore.out[0]).toMatch(/^Fetched saffron-.+ from s3:\/\//);
    expect(await tableChecksums(target.db)).toEqual(await tableChecksums(live.db));
    await target.drop();
    client.destroy();
  }, 60_000);

  it('still writes the other destinations when one fails, and exits non-zero naming it', async () => {
    const dir = join(workDir, 'local');
    const env = envFor('no-such-bucket', { BACKUP_DIR: dir });
    const run = captureIo();
    expect(await runCli(['backup'], env, run.io)).toBe(1);
    expect(run.err[0]).toMatch(/did not reach:\n {2}s3:\/\/no-such-bucket\/backups\/: /);
    expect((await readdir(dir)).filter((name) => name.startsWith('saffron-'))).toHaveLength(1);
  });
});
