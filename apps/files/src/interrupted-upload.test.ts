import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { findRecipe, listStorageDeletionKeys } from '@saffron/db';
import { FILES_PREFIX } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { eventually } from './testing/fixtures.ts';
import { DRIVERS, useFilesService } from './testing/harness.ts';
import { multipartBody } from './testing/multipart.ts';

const MIB = 1024 * 1024;

describe.each(DRIVERS)('an upload interrupted by the client on %s storage', (driver) => {
  const h = useFilesService({ driver, maxBytes: 20 * MIB });

  it('leaves no row, no object and no partial file, and aborts the multipart upload', async () => {
    const { user, token } = await h.signIn('alice');
    const recipeId = await h.createRecipe(user);
    const { body, contentType } = multipartBody([
      { filename: 'first.txt', content: 'complete, stored, then discarded' },
      { filename: 'big.bin', content: randomBytes(12 * MIB) },
    ]);
    const upload = request(`${h.service.url}${FILES_PREFIX}/recipes/${recipeId}/attachments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': contentType,
        'content-length': body.length,
      },
    });
    upload.on('error', () => {}); // we hang up on purpose
    upload.write(body.subarray(0, 8 * MIB));

    // Wait until the big file is on its way into storage, then go away mid-file.
    const started = () =>
      driver === 's3'
        ? h.s3.requests.some((line) => /^POST .*\?uploads/.test(line))
        : h.service.tempFiles().then((files) => files.length > 0);
    await eventually(async () => await started());
    upload.destroy();

    await eventually(async () => (await h.service.listKeys()).length === 0);
    await eventually(async () => (await h.service.tempFiles()).length === 0);
    await eventually(async () => (await listStorageDeletionKeys(h.t.db)).length === 0);
    if (driver === 's3') {
      // s3rver cannot abort multipart uploads itself, but the request to do so must be sent.
      await eventually(() =>
        Promise.resolve(h.s3.requests.some((line) => /^DELETE .*uploadId=/.test(line))),
      );
    }
    expect((await findRecipe(h.t.db, { id: recipeId, ownerId: user.id }))?.attachments).toEqual([]);

    // And the service carries on.
    const next = await h.upload(recipeId, [{ filename: 'a.txt', content: 'a' }], { token });
    expect(next.status).toBe(201);
  });
});
