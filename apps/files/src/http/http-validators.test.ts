import { describe, expect, it } from 'vitest';
import { isNotModified, rangeStillValid } from './conditional.ts';
import { parseRange } from './range.ts';

describe('parseRange', () => {
  it('reads one range in each form', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
  });

  it('ignores what it cannot honour and refuses what cannot be satisfied', () => {
    for (const header of [undefined, '', 'bytes=-', 'items=0-1', 'bytes=0-1,5-6', 'bytes=9-3']) {
      expect(parseRange(header, 1000)).toBeUndefined();
    }
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
  });
});

describe('conditional requests', () => {
  const etag = '"abc"';
  const modified = new Date('2026-11-21T10:00:00.750Z');

  it('prefers If-None-Match, compared weakly, over If-Modified-Since', () => {
    expect(isNotModified({ 'if-none-match': '"x", W/"abc"' }, etag, modified)).toBe(true);
    expect(isNotModified({ 'if-none-match': '*' }, etag, modified)).toBe(true);
    expect(
      isNotModified(
        { 'if-none-match': '"x"', 'if-modified-since': modified.toUTCString() },
        etag,
        modified,
      ),
    ).toBe(false);
    expect(isNotModified({ 'if-modified-since': modified.toUTCString() }, etag, modified)).toBe(
      true,
    );
    expect(
      isNotModified({ 'if-modified-since': 'Fri, 20 Nov 2026 10:00:00 GMT' }, etag, modified),
    ).toBe(false);
    expect(isNotModified({ 'if-modified-since': 'yesterday' }, etag, modified)).toBe(false);
  });

  it('honours a Range only for the version the client has', () => {
    expect(rangeStillValid({}, etag, modified)).toBe(true);
    expect(rangeStillValid({ 'if-range': etag }, etag, modified)).toBe(true);
    expect(rangeStillValid({ 'if-range': modified.toUTCString() }, etag, modified)).toBe(true);
    expect(rangeStillValid({ 'if-range': '"old"' }, etag, modified)).toBe(false);
  });
});
