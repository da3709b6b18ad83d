import { describe, expect, it } from 'vitest';
import { linksIn, sharedLink } from './shared-links.ts';

describe('links in shared and pasted text', () => {
  it('takes the url a share sheet sends, or the link inside its text', () => {
    expect(sharedLink({ url: 'https://example.org/soup' })).toBe('https://example.org/soup');
    expect(
      sharedLink({ title: 'Soup', text: 'Best tomato soup https://example.org/soup?x=1 via app' }),
    ).toBe('https://example.org/soup?x=1');
    // Android sends the link in text and a title in url's place when the page has none.
    expect(sharedLink({ url: 'not a link', text: 'Look: https://example.org/a.' })).toBe(
      'https://example.org/a',
    );
    expect(sharedLink({ text: 'just words', title: 'Soup' })).toBeUndefined();
    expect(sharedLink({ text: 'javascript:alert(1) ftp://example.org/x' })).toBeUndefined();
  });

  it('finds each link once, in order, without the punctuation around it', () => {
    const pasted = [
      'https://example.org/one',
      '  http://example.org/two,',
      '(https://example.org/three)',
      'https://example.org/one',
      'see “https://example.org/four”.',
      'https://',
    ].join('\n');
    expect(linksIn(pasted)).toEqual([
      'https://example.org/one',
      'http://example.org/two',
      'https://example.org/three',
      'https://example.org/four',
    ]);
  });

  it('keeps what belongs to a link: paths, queries and fragments', () => {
    expect(linksIn('https://example.org/a_(b)/c?d=e&f=g#h')).toEqual([
      'https://example.org/a_(b)/c?d=e&f=g#h',
    ]);
  });
});
