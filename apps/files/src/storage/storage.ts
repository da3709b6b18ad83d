import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/** How a stored object is served: the safe type and Content-Disposition, chosen at upload. */
export interface ObjectHeaders {
  contentType: string;
  contentDisposition: string;
}

/** What both drivers do; serving differs (local streams bytes, S3 redirects), see below. */
export interface ObjectStorage {
  /**
   * Streams `body` to `key`. Resolves only once the whole object is stored; if `body` fails
   * (too large, client gone) nothing is left under `key` and the body's error is thrown.
   */
  put: (key: string, body: Readable, headers: ObjectHeaders) => Promise<void>;
  /** The whole object (thumbnails read originals this way). */
  open: (key: string) => Promise<Readable>;
  /** Deleting a missing object succeeds: deletions are retried. */
  delete: (key: string) => Promise<void>;
  /** Throws unless objects can be written now (readiness). */
  check: () => Promise<void>;
}

export interface OpenedFile {
  handle: FileHandle;
  size: number;
  modifiedAt: Date;
}

/** The embedded mode: a directory on this machine; the service streams the bytes itself. */
export interface LocalStorage extends ObjectStorage {
  driver: 'local';
  /** Undefined when the object is missing. The caller closes the handle (or streams from it). */
  openFile: (key: string) => Promise<OpenedFile | undefined>;
}

export interface Redirect {
  url: string;
  /** How long a client or CDN may reuse the redirect: always less than the URL lives. */
  maxAgeSeconds: number;
}

/** Object storage over the S3 API: the service answers with a redirect, never the bytes. */
export interface S3Storage extends ObjectStorage {
  driver: 's3';
  redirectFor: (key: string, headers: ObjectHeaders) => Promise<Redirect>;
}

export type Storage = LocalStorage | S3Storage;

/** Random, never derived from a filename: nothing a user sends can steer where bytes land. */
export function newObjectKey(kind: 'attachments' | 'thumbnails' | 'imports'): string {
  return `${kind}/${randomUUID()}`;
}

export const OBJECT_KEY =
  /^(attachments|thumbnails|imports)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
