import { randomBytes } from 'node:crypto';
import type { TAttachment } from '@saffron/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createS3Client } from '@saffron/service';
import { createS3Storage } from './storage/s3.ts';
import { pngImage, sha256 } from './testing/fixtures.ts';
import { s3TestConfig, useFilesService, type Driver } from './testing/harness.ts';

function useUploaded(driver: Driver) {
  const h = useFilesService({ driver });
  const upload = async (content: Buffer, filename = 'data.bin') => {
    const { user, token } = await h.signIn('alice');
    const recipeId = await h.createRecipe(user);
    const response = await h.upload(recipeId, [{ filename, content }], { token });
    const [attachment] = (await response.json()) as TAttachment[];
    return { token, path: `/attachments/${attachment!.id}` };
  };
  return { h, upload };
}

describe('serving from local storage', () => {
  const { h, upload } = useUploaded('local');

  it('sends validators and answers conditional requests with 304', async () => {
    const data = randomBytes(5000);
    const { token, path } = await upload(data);
    const full = await h.request(path, { token });
    expect(full.status).toBe(200);
    expect(full.headers.get('etag')).toBe(`"${sha256(data)}"`);
    expect(full.headers.get('cache-control')).toBe('private, max-age=86400');
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    expect(full.headers.get('content-length')).toBe('5000');
    const lastModified = full.headers.get('last-modified')!;
    expect(Date.parse(lastModified)).toBeGreaterThan(Date.now() - 60_000);
    await full.arrayBuffer();

    const byTag = await h.request(path, {
      token,
      headers: { 'if-none-match': `"${sha256(data)}"` },
    });
    expect(byTag.status).toBe(304);
    const byDate = await h.request(path, { token, headers: { 'if-modified-since': lastModified } });
    expect(byDate.status).toBe(304);
    const changed = await h.request(path, { token, headers: { 'if-none-match': '"other"' } });
    expect(changed.status).toBe(200);
    await changed.arrayBuffer();
  });

  it('honours one range, suffix ranges and If-Range; refuses what cannot be satisfied', async () => {
    const data = randomBytes(1000);
    const { token, path } = await upload(data);
    const suffix = await h.request(path, { token, headers: { range: 'bytes=-100' } });
    expect(suffix.status).toBe(206);
    expect(suffix.headers.get('content-range')).toBe('bytes 900-999/1000');
    expect(Buffer.from(await suffix.arrayBuffer()).equals(data.subarray(900))).toBe(true);

    const beyond = await h.request(path, { token, headers: { range: 'bytes=1000-' } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */1000');

    const stale = await h.request(path, {
      token,
      headers: { range: 'bytes=0-9', 'if-range': '"an-older-version"' },
    });
    expect(stale.status).toBe(200); // not the version the client has part of: all of it
    expect((await stale.arrayBuffer()).byteLength).toBe(1000);

    const several = await h.request(path, { token, headers: { range: 'bytes=0-1,5-6' } });
    expect(several.status).toBe(200);
    await several.arrayBuffer();
  });

  it('answers HEAD with the headers only', async () => {
    const { token, path } = await upload(randomBytes(300));
    const head = await h.request(path, { token, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('300');
    expect(head.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('serving from S3', () => {
  const { h, upload } = useUploaded('s3');

  it('redirects to a short-lived presigned URL with safe headers', async () => {
    const { token, path } = await upload(await pngImage(), 'soup.png');
    const first = await h.request(path, { token });
    expect(first.status).toBe(302);
    const maxAge = Number(/^private, max-age=(\d+)$/.exec(first.headers.get('cache-control')!)![1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThan(300); // shorter than the URL lives
    const location = new URL(first.headers.get('location')!);
    expect(location.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(location.searchParams.get('response-content-disposition')).toBe(
      `inline; filename="soup.png"; filename*=UTF-8''soup.png`,
    );

    const object = await fetch(location);
    expect(object.headers.get('content-type')).toBe('image/png');
    expect(object.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    await object.arrayBuffer();
  });

  describe('within one signing window', () => {
    afterEach(() => vi.useRealTimers());

    it('signs the same URL whatever the second, and a new one in the next window', async () => {
      const storage = createS3Storage(createS3Client(s3TestConfig(h.s3)), {
        bucket: h.s3.bucket,
        signedUrlTtlSeconds: 300,
      });
      const headers = { contentType: 'image/png', contentDisposition: 'inline' };
      const redirectAt = async (isoTime: string) => {
        vi.setSystemTime(new Date(isoTime));
        return storage.redirectFor('attachments/0b6f2f8e-6c1c-4a3b-9a57-2f1f5d0e9c11', headers);
      };
      vi.useFakeTimers({ toFake: ['Date'] });

      const early = await redirectAt('2026-01-01T00:00:01Z');
      const late = await redirectAt('2026-01-01T00:02:29Z');
      const next = await redirectAt('2026-01-01T00:02:30Z');
      expect(late.url).toBe(early.url);
      expect(late.maxAgeSeconds).toBeLessThan(early.maxAgeSeconds);
      expect(next.url).not.toBe(early.url);
      expect(new URL(early.url).searchParams.get('response-cache-control')).toBe(
        'private, max-age=150',
      );
    });
  });

  it('redirects to the CDN when one fronts the bucket', async () => {
    const storage = createS3Storage(createS3Client(s3TestConfig(h.s3)), {
      bucket: h.s3.bucket,
      publicBaseUrl: 'https://cdn.example.com',
      signedUrlTtlSeconds: 300,
    });
    const redirect = await storage.redirectFor('attachments/0b6f2f8e-6c1c-4a3b-9a57-2f1f5d0e9c11', {
      contentType: 'image/png',
      contentDisposition: 'inline',
    });
    expect(redirect).toEqual({
      url: 'https://cdn.example.com/attachments/0b6f2f8e-6c1c-4a3b-9a57-2f1f5d0e9c11',
      maxAgeSeconds: 300,
    });
  });
});
