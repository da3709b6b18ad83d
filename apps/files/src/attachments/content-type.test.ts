import { describe, expect, it } from 'vitest';
import { contentDisposition, servingHeaders, sniffContentType } from './content-type.ts';
import { HTML, PDF, SVG, pngImage } from '../testing/fixtures.ts';

describe('content types', () => {
  it('sniffs from the bytes', async () => {
    expect(await sniffContentType(await pngImage(8, 8))).toBe('image/png');
    expect(await sniffContentType(Buffer.from(PDF))).toBe('application/pdf');
    expect(await sniffContentType(Buffer.from(HTML))).toBe('application/octet-stream');
    expect(await sniffContentType(Buffer.alloc(0))).toBe('application/octet-stream');
  });

  it('serves raster images inline, documents as themselves, anything executable as bytes', async () => {
    expect(servingHeaders('image/webp', 'a.webp')).toEqual({
      contentType: 'image/webp',
      contentDisposition: `inline; filename="a.webp"; filename*=UTF-8''a.webp`,
    });
    expect(servingHeaders('application/pdf', 'a.pdf').contentDisposition).toMatch(/^attachment;/);
    expect(servingHeaders('application/pdf', 'a.pdf').contentType).toBe('application/pdf');
    for (const dangerous of [
      'text/html',
      'image/svg+xml',
      'application/xml',
      'application/xhtml+xml',
      'text/javascript',
      'application/x-shockwave-flash',
      'application/octet-stream',
    ]) {
      expect(servingHeaders(dangerous, 'x')).toEqual({
        contentType: 'application/octet-stream',
        contentDisposition: `attachment; filename="x"; filename*=UTF-8''x`,
      });
    }
    expect(await sniffContentType(Buffer.from(SVG))).not.toMatch(/svg/);
  });

  it('writes Content-Disposition with an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('attachment', 'crème "brûlée" (1)*.txt')).toBe(
      `attachment; filename="cr_me _br_l_e_ (1)*.txt"; filename*=UTF-8''cr%C3%A8me%20%22br%C3%BBl%C3%A9e%22%20%281%29%2A.txt`,
    );
    expect(contentDisposition('inline', '100%\\real.png')).toBe(
      `inline; filename="100__real.png"; filename*=UTF-8''100%25%5Creal.png`,
    );
  });
});
