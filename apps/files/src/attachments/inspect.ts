import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { AppError } from '@saffron/shared';

export function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `Files may be at most ${maxBytes} bytes`);
}

/** Counts and hashes the bytes on their way to storage, and stops them past the limit. */
export function createInspector(maxBytes: number) {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) return callback(tooLarge(maxBytes));
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  return { stream, digest: () => ({ size, sha256: hash.digest('hex') }) };
}
