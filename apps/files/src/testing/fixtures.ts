import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { crc32, createDeflate } from 'node:zlib';
import sharp from 'sharp';

export const sha256 = (data: Buffer | string | ArrayBuffer) =>
  createHash('sha256')
    .update(data instanceof ArrayBuffer ? Buffer.from(data) : data)
    .digest('hex');

/** A real PNG, large enough that its thumbnail is scaled down. */
export function pngImage(width = 1000, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer();
}

/** Pages that would run script in our origin if a browser rendered them. */
export const HTML =
  '<!doctype html><html><body><script>fetch("/api/v1/auth.me")</script></body></html>';
export const SVG =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>';
export const BARE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>';
export const PDF =
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

/** Waits for something the service does in the background. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await check());) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a valid RGB PNG of width×height black pixels, a few hundred KB on
 * the wire (10000×10000: about 300 KB) that decodes to width×height×3 bytes. Written by hand,
 * row by row through deflate, so making it costs the test almost nothing.
 */
export async function pngBomb(width = 10_000, height = 10_000): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter, not interlaced
  const deflate = createDeflate({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
  const row = Buffer.alloc(1 + width * 3); // filter byte "none", then the pixels
  for (let y = 0; y < height; y++) {
    if (!deflate.write(row)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.concat(compressed)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
