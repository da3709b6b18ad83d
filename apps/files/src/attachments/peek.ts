import { Readable } from 'node:stream';

/**
 * Reads the first `size` bytes of a stream (fewer if it is shorter) without losing them:
 * `stream` gives everything again from the start. Only the head is held in memory.
 */
export async function peek(
  source: Readable,
  size: number,
): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* replay() {
    if (head.length > 0) yield head;
    // yield* hands a stop (the consumer gave up) on to the source.
    if (!ended) yield* { [Symbol.asyncIterator]: () => iterator };
  }
  return { head: head.subarray(0, size), stream: Readable.from(replay(), { objectMode: false }) };
}
