import { pipeline, type Readable } from 'node:stream';
import { dependencyUnavailable } from '@saffron/service';
import { AppError } from '@saffron/shared';
import type { ObjectStorage } from '../storage/storage.ts';
import { servingHeaders, sniffContentType, SNIFF_BYTES } from './content-type.ts';
import { createInspector, tooLarge } from './inspect.ts';
import { peek } from './peek.ts';

export interface StoredFile {
  contentType: string;
  size: number;
  sha256: string;
}

/** A file part as @fastify/multipart hands it over: busboy marks a file cut at the size limit. */
type FileStream = Readable & { truncated?: boolean };

/**
 * Streams one uploaded file into storage under `key`: the type is sniffed from its first
 * bytes, size and SHA-256 are computed on the way, and the size limit stops it the moment it
 * is crossed. A failure of the upload itself (too large, client gone) is thrown as is, a
 * failure of storage becomes a 503; either way the caller discards the key.
 */
export async function storeFile(
  storage: ObjectStorage,
  key: string,
  source: FileStream,
  { maxBytes, filename }: { maxBytes: number; filename: string },
): Promise<StoredFile> {
  let inputError: Error | undefined;
  source.once('error', (error: Error) => (inputError ??= error));
  // busboy stops a file at its size limit and ends it normally: make that an error here.
  source.once('limit', () => source.destroy(tooLarge(maxBytes)));

  const { head, stream } = await peek(source, SNIFF_BYTES);
  const contentType = await sniffContentType(head);
  const inspector = createInspector(maxBytes);
  const body = pipeline(stream, inspector.stream, () => {});
  try {
    await storage.put(key, body, servingHeaders(contentType, filename));
  } catch (error) {
    if (inputError) throw inputError;
    if (error instanceof AppError) throw error;
    throw dependencyUnavailable('File storage', error);
  }
  // Belt and braces: a truncated file must never pass for a whole one.
  if (source.truncated) throw tooLarge(maxBytes);
  return { contentType, ...inspector.digest() };
}
