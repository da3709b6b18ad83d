import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const latin1Page = (head: string) =>
  Buffer.concat([
    Buffer.from(`<html><head>${head}</head><body>`),
    Buffer.from([0x63, 0x61, 0x66, 0xe9]),
  ]);

describe('decodeText', () => {
  it('uses the charset in the Content-Type header, quoted or not', () => {
    expect(
      decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; Charset="ISO-8859-1"'),
    ).toBe('café');
    expect(
      decodeText(Buffer.from([0x93, 0x68, 0x69, 0x94]), 'text/html;charset=windows-1252'),
    ).toBe('“hi”');
  });

  it('lets a byte order mark outrank the header, as browsers do', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('café')]);
    expect(decodeText(utf8, 'text/html; charset=windows-1252')).toBe('café');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('café', 'utf16le')]);
    expect(decodeText(utf16, 'text/html')).toBe('café');
  });

  it('finds <meta charset> and the http-equiv form in the first 4 KB', () => {
    expect(decodeText(latin1Page('<meta charset=windows-1252>'), 'text/html')).toMatch(/café$/);
    expect(
      decodeText(
        latin1Page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">'),
        'text/html',
      ),
    ).toMatch(/café$/);
    const late = latin1Page(`<!--${'x'.repeat(5000)}--><meta charset="windows-1252">`);
    expect(decodeText(late, 'text/html')).toMatch(/caf\uFFFD$/);
  });

  it('falls back to UTF-8 for a missing or unknown charset', () => {
    expect(decodeText(Buffer.from('crème'), 'text/html')).toBe('crème');
    expect(decodeText(Buffer.from('crème'), 'text/html; charset=klingon')).toBe('crème');
    expect(decodeText(latin1Page('<meta charset="nope">'), '')).toMatch(/caf\uFFFD$/);
  });

  it('stays linear on a head full of unclosed meta tags', () => {
    const hostile = Buffer.from('<meta charset'.repeat(50_000));
    const started = performance.now();
    expect(decodeText(hostile, 'text/html')).toHaveLength(hostile.length);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
