import type { IncomingMessage } from 'node:http';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  constants,
  createBrotliDecompress,
  createGunzip,
  createInflate,
  type BrotliDecompress,
  type Gunzip,
  type Inflate,
} from 'node:zlib';
import { SafeFetchError, tooLarge } from './errors.ts';

// Like browsers, accept a compressed stream cut short at the end instead of failing on it.
const lenient = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH };

function decoderFor(coding: string, host: string): Gunzip | Inflate | BrotliDecompress {
  if (coding === 'gzip' || coding === 'x-gzip') return createGunzip(lenient);
  if (coding === 'deflate') return createInflate(lenient);
  if (coding === 'br') {
    const flush = constants.BROTLI_OPERATION_FLUSH;
    return createBrotliDecompress({ flush, finishFlush: flush });
  }
  throw new SafeFetchError(
    'upstream',
    `${host} sent the page compressed as "${coding}", which Saffron cannot read.`,
  );
}

/** Content-Encoding lists the codings in the order they were applied; undo them backwards. */
function decodersOf(response: IncomingMessage, host: string) {
  return (response.headers['content-encoding'] ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding && coding !== 'identity')
    .reverse()
    .map((coding) => decoderFor(coding, host));
}

/**
 * The decompressed body, never more than `maxBytes` of it: the count is taken after
 * decompression (a small gzip can unpack to gigabytes), and the moment it is crossed the
 * pipeline is torn down, which destroys the response and its socket.
 */
export async function readBody(
  response: IncomingMessage,
  { maxBytes, host, signal }: { maxBytes: number; host: string; signal: AbortSignal },
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      if (total > maxBytes) return callback(tooLarge(host, maxBytes));
      chunks.push(chunk);
      callback();
    },
  });
  try {
    // Not `response` itself: pipeline() tears a client response down by aborting its request,
    // a no-op once the whole answer has arrived, and would then wait forever (a gzip bomb
    // read after it landed). Through its iterator, tearing down destroys the response.
    const source = Readable.from(response, { objectMode: false });
    await pipeline([source, ...decodersOf(response, host), sink], { signal });
  } finally {
    response.destroy();
  }
  return Buffer.concat(chunks, total);
}
