import { createHash } from 'node:crypto';
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
