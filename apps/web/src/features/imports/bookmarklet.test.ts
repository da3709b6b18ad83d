import { describe, expect, it } from 'vitest';
import { bookmarkletSource, postedPage, READY } from './bookmarklet.ts';

const opener = { name: 'the recipe site' };
const page = { type: 'saffron:page', html: '<h1>Soup</h1>', url: 'https://example.org/soup' };

describe('the bookmarklet', () => {
  it('opens Saffron’s page and sends the HTML only to Saffron’s origin, once it is ready', () => {
    const source = bookmarkletSource('https://saffron.example');
    expect(source.startsWith('javascript:(()=>{')).toBe(true);
    expect(source).not.toContain('\n');
    const code = decodeURIComponent(source.slice('javascript:'.length));
    expect(code).toContain('open(o+"/import/bookmarklet")');
    expect(code).toContain(`e.data.type==="${READY}"`);
    expect(code).toContain('e.origin===o');
    expect(code).toContain('w.postMessage({type:"saffron:page",html:h,url:u},o)');
  });

  it('takes a page from the window that opened it, about that window’s own site', () => {
    const event = { source: opener, origin: 'https://example.org', data: page };
    expect(postedPage(event as never, opener)).toEqual({
      html: '<h1>Soup</h1>',
      url: 'https://example.org/soup',
    });
  });

  it('ignores other windows, other shapes, and pages claimed for another site', () => {
    const from = (data: unknown, origin = 'https://example.org', source: unknown = opener) =>
      postedPage({ source, origin, data } as never, opener);
    expect(from(page, 'https://example.org', { name: 'someone else' })).toBeUndefined();
    expect(postedPage({ source: null, origin: 'x', data: page } as never, null)).toBeUndefined();
    expect(from(page, 'https://evil.example')).toBeUndefined();
    expect(from({ ...page, url: 'javascript:alert(1)' })).toBeUndefined();
    expect(from({ ...page, html: 42 })).toBeUndefined();
    expect(from({ ...page, type: 'other' })).toBeUndefined();
    expect(from('saffron:page')).toBeUndefined();
  });
});
