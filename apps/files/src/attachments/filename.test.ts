import { describe, expect, it } from 'vitest';
import { sanitizeFilename } from './filename.ts';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('sanitizeFilename', () => {
  it('keeps ordinary names, accents and spaces', () => {
    expect(sanitizeFilename('Grandma’s crème brûlée.jpg')).toBe('Grandma’s crème brûlée.jpg');
  });

  it('strips directories of either kind', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFilename('C:\\Users\\me\\..\\card.pdf')).toBe('card.pdf');
    expect(sanitizeFilename('recipes/')).toBe('file');
  });

  it('removes NUL, control and bidi characters', () => {
    expect(sanitizeFilename('menu\u0000.txt')).toBe('menu.txt');
    expect(sanitizeFilename('a\r\nX-Injected: 1.txt')).toBe('aX-Injected: 1.txt');
    expect(sanitizeFilename('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });

  it('falls back to "file" for names that are nothing, or only dots', () => {
    for (const raw of [undefined, '', '   ', '.', '..', '...', '\u0000']) {
      expect(sanitizeFilename(raw)).toBe('file');
    }
    expect(sanitizeFilename('.bashrc')).toBe('bashrc');
    expect(sanitizeFilename('notes. . .')).toBe('notes');
  });

  it('keeps at most 255 bytes, the extension intact, never half a character', () => {
    expect(sanitizeFilename(`${'x'.repeat(300)}.pdf`)).toBe(`${'x'.repeat(251)}.pdf`);
    const accented = sanitizeFilename(`${'é'.repeat(200)}.jpeg`);
    expect(bytes(accented)).toBeLessThanOrEqual(255);
    expect(accented).toBe(`${'é'.repeat(125)}.jpeg`);
    const noExtension = sanitizeFilename('y'.repeat(400));
    expect(noExtension).toBe('y'.repeat(255));
    const longTail = sanitizeFilename(`${'z'.repeat(300)}.${'q'.repeat(40)}`);
    expect(bytes(longTail)).toBe(255);
  });
});
