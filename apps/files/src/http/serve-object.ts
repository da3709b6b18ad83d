import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '@saffron/shared';
import type { LocalStorage, ObjectHeaders, Storage } from '../storage/storage.ts';
import { isNotModified, rangeStillValid } from './conditional.ts';
import { parseRange } from './range.ts';

/**
 * Even an image opened on its own runs in a sandbox with nothing allowed to load, and no
 * browser second-guesses the type we send.
 */
const SAFETY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
};
/** Bytes under a random key never change; revalidation after a day is a cheap 304. */
const LOCAL_CACHE_CONTROL = 'private, max-age=86400';

export interface ObjectToServe {
  key: string;
  headers: ObjectHeaders;
  /** Strong validator of the content (its SHA-256, or the random key of a thumbnail). */
  etag: string;
}

async function serveLocal(
  storage: LocalStorage,
  request: FastifyRequest,
  reply: FastifyReply,
  object: ObjectToServe,
) {
  const file = await storage.openFile(object.key);
  if (!file) {
    request.log.error({ key: object.key }, 'attachment row without its object');
    throw AppError.notFound('Attachment');
  }
  const etag = `"${object.etag}"`;
  reply.headers({
    'content-type': object.headers.contentType,
    'content-disposition': object.headers.contentDisposition,
    'cache-control': LOCAL_CACHE_CONTROL,
    etag,
    'last-modified': file.modifiedAt.toUTCString(),
    'accept-ranges': 'bytes',
  });
  if (isNotModified(request.headers, etag, file.modifiedAt)) {
    await file.handle.close();
    return reply.code(304).send();
  }
  const range = rangeStillValid(request.headers, etag, file.modifiedAt)
    ? parseRange(request.headers.range, file.size)
    : undefined;
  if (range === 'unsatisfiable') {
    await file.handle.close();
    return reply.code(416).header('content-range', `bytes */${file.size}`).send();
  }
  if (!range) {
    reply.header('content-length', file.size);
    return reply.send(file.handle.createReadStream());
  }
  reply
    .code(206)
    .header('content-range', `bytes ${range.start}-${range.end}/${file.size}`)
    .header('content-length', range.end - range.start + 1);
  return reply.send(file.handle.createReadStream({ start: range.start, end: range.end }));
}

/**
 * Local storage: the bytes, with validators, ranges and conditional requests. S3: a redirect
 * to a short-lived presigned (or CDN) URL whose response carries the same safe headers.
 */
export async function serveObject(
  storage: Storage,
  request: FastifyRequest,
  reply: FastifyReply,
  object: ObjectToServe,
) {
  reply.headers(SAFETY_HEADERS);
  if (storage.driver === 'local') return serveLocal(storage, request, reply, object);
  const { url, maxAgeSeconds } = await storage.redirectFor(object.key, object.headers);
  return reply.header('cache-control', `private, max-age=${maxAgeSeconds}`).redirect(url, 302);
}
