import { readFile, writeFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuthServices } from '@saffron/auth';
import { useTestDb } from '@saffron/db/testing';
import {
  childEnv,
  freePort,
  startNode,
  waitForHttp,
  type RunningProcess,
} from '@saffron/service/testing';
import type { TAttachment } from '@saffron/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBareRecipe, createSignedInUser } from './testing/accounts.ts';
import { pngBomb, pngImage } from './testing/fixtures.ts';
import { multipartBody } from './testing/multipart.ts';
import { s3rverEnv, startS3rver, type RunningS3rver } from './testing/s3rver.ts';

const MAIN = join(import.meta.dirname, 'main.ts');

/** Resident and peak resident memory of a process, in MiB (Linux). */
async function memoryOf(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

describe.runIf(process.platform === 'linux')('the files process and a PNG bomb', () => {
  const t = useTestDb();
  let s3: RunningS3rver;
  let dataDir: string;
  let files: RunningProcess;
  let base: string;

  beforeAll(async () => {
    s3 = await startS3rver();
    dataDir = await mkdtemp(join(tmpdir(), 'saffron-bomb-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}/files/v1`;
    files = startNode(
      MAIN,
      childEnv({
        DATABASE_URL: t.url,
        FILES_PORT: String(port),
        DATA_DIR: dataDir,
        ...s3rverEnv(s3),
      }),
    );
    await waitForHttp(`http://127.0.0.1:${port}/readyz`);
  });

  afterAll(async () => {
    await files?.stop();
    await s3?.remove();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps its memory while 10000×10000 PNGs are refused (290 KB on the wire, 300 MB decoded)', async () => {
    const { sessions } = createAuthServices({ db: t.db });
    const { user, token } = await createSignedInUser(t.db, sessions, { username: 'alice' });
    const recipeId = await createBareRecipe(t.db, user.id);
    const authorization = `Bearer ${token}`;
    const upload = async (images: Buffer[]) => {
      const parts = images.map((content, i) => ({ filename: `photo-${i}.png`, content }));
      const { body, contentType } = multipartBody(parts);
      const response = await fetch(`${base}/recipes/${recipeId}/attachments`, {
        method: 'POST',
        body,
        headers: { 'content-type': contentType, authorization },
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as TAttachment[]).map((attachment) => attachment.id);
    };
    const thumbnail = async (id: string) => {
      const response = await fetch(`${base}/attachments/${id}/thumbnail`, {
        headers: { authorization },
        redirect: 'manual',
      });
      await response.arrayBuffer();
      return response.status;
    };
    const pid = files.child.pid!;
    /** Peak memory above the resident memory before `work`, as the kernel counts it. */
    const growthDuring = async (work: () => Promise<unknown>) => {
      const before = await memoryOf(pid);
      await writeFile(`/proc/${pid}/clear_refs`, '5'); // peak (VmHWM) := current
      await work();
      const { peak } = await memoryOf(pid);
      return { before: before.rss, peak, grown: peak - before.rss };
    };
    // A real photo first: sharp is loaded and warm, as in a running service.
    expect([200, 302]).toContain(await thumbnail((await upload([await pngImage(2000, 1500)]))[0]!));
    const bomb = await pngBomb();
    expect(bomb.length).toBeLessThan(320 * 1024);

    const statuses: number[] = [];
    const one = await growthDuring(async () => {
      statuses.push(await thumbnail((await upload([bomb]))[0]!));
    });
    // An attacker's way: several in one upload, their thumbnails asked for all at once.
    const four = await growthDuring(async () => {
      const ids = await upload([bomb, bomb, bomb, bomb]);
      statuses.push(...(await Promise.all(ids.map(thumbnail))));
    });
    for (const [what, { before, peak, grown }] of Object.entries({ one, four })) {
      console.log(
        `${what} bomb(s): files RSS ${before.toFixed(0)} MiB before, peak ${peak.toFixed(0)} MiB (+${grown.toFixed(0)} MiB)`,
      );
    }
    expect(statuses, 'no thumbnail of a bomb').toEqual([404, 404, 404, 404, 404]);
    expect(one.grown).toBeLessThan(24);
    expect(four.grown).toBeLessThan(32);
  });
});
