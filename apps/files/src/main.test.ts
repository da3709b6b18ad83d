import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuthServices } from '@saffron/auth';
import { useTestDb } from '@saffron/db/testing';
import { childEnv, freePort, startNode, waitForHttp } from '@saffron/service/testing';
import type { TAttachment } from '@saffron/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBareRecipe, createSignedInUser } from './testing/accounts.ts';
import { multipartBody } from './testing/multipart.ts';
import { s3rverEnv, startS3rver, type RunningS3rver } from './testing/s3rver.ts';

const MAIN = join(import.meta.dirname, 'main.ts');

describe('files process', () => {
  const t = useTestDb();
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'saffron-files-main-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('stops before starting anything when a variable is malformed', async () => {
    const files = startNode(MAIN, childEnv({ FILES_PORT: 'eighty' }));
    expect(await files.exited).toBe(78);
    expect(files.output()).toBe('Invalid configuration: FILES_PORT: must be a port number\n');
    const s3 = startNode(MAIN, childEnv({ S3_BUCKET: 'saffron', S3_ACCESS_KEY_ID: 'key' }));
    expect(await s3.exited).toBe(78);
    expect(s3.output()).toContain('S3_SECRET_ACCESS_KEY: is required with the other S3 key');
  });

  it('is live and ready on its port, then shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const files = startNode(
      MAIN,
      childEnv({ DATABASE_URL: t.url, FILES_PORT: String(port), DATA_DIR: dataDir }),
    );
    expect((await waitForHttp(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { database: 'up', storage: 'up' },
    });

    files.child.kill('SIGTERM');
    expect(await files.exited).toBe(0);
    expect(files.output()).toContain('shutdown complete');
  });

  describe('with S3 configured', () => {
    let s3: RunningS3rver;
    beforeAll(async () => {
      s3 = await startS3rver();
    });
    afterAll(() => s3.remove());

    it('streams uploads to the bucket and redirects downloads to it', async () => {
      const port = await freePort();
      const files = startNode(
        MAIN,
        childEnv({
          DATABASE_URL: t.url,
          FILES_PORT: String(port),
          DATA_DIR: dataDir,
          ...s3rverEnv(s3),
        }),
      );
      try {
        await waitForHttp(`http://127.0.0.1:${port}/healthz`);
        expect(await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()).toMatchObject({
          checks: { storage: 'up' },
        });
        const { sessions } = createAuthServices({ db: t.db });
        const { user, token } = await createSignedInUser(t.db, sessions, { username: 'alice' });
        const recipeId = await createBareRecipe(t.db, user.id);
        const { body, contentType } = multipartBody([{ filename: 'a.txt', content: 'hello s3' }]);
        const base = `http://127.0.0.1:${port}/files/v1`;
        const upload = await fetch(`${base}/recipes/${recipeId}/attachments`, {
          method: 'POST',
          body,
          headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
        });
        expect(upload.status).toBe(201);
        const [attachment] = (await upload.json()) as [TAttachment];
        const download = await fetch(`${base}/attachments/${attachment.id}`, {
          headers: { authorization: `Bearer ${token}` },
          redirect: 'manual',
        });
        expect(download.status).toBe(302);
        expect(download.headers.get('location')).toMatch(new RegExp(`^${s3.endpoint}/`));
        expect(await (await fetch(download.headers.get('location')!)).text()).toBe('hello s3');
      } finally {
        files.child.kill('SIGTERM');
        expect(await files.exited).toBe(0);
      }
    });
  });
});
