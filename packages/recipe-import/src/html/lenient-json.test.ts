import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../testing/linear.ts';
import { parseLenientJson } from './lenient-json.ts';

describe('parseLenientJson', () => {
  it('reads valid JSON as it is', () => {
    expect(parseLenientJson(' {"a": [1, "b"]} ')).toEqual({ a: [1, 'b'] });
  });

  it.each([
    ['trailing commas', '{"a": [1, 2,], }', { a: [1, 2] }],
    [
      'raw newlines and tabs in strings',
      '{"a": "line one\nline\ttwo"}',
      { a: 'line one\nline\ttwo' },
    ],
    ['other control characters', '{"a": "x\u0001y"}', { a: 'x y' }],
    ['an HTML comment around it', '<!-- {"a": 1} -->', { a: 1 }],
    ['CDATA around it', '/*<![CDATA[*/{"a": 1}/*]]>*/', { a: 1 }],
    ['an escape JSON lacks', String.raw`{"a": "it\'s"}`, { a: "it's" }],
    ['objects one after another', '{"a": 1}\n{"b": 2}', [{ a: 1 }, { b: 2 }]],
    ['objects separated by commas', '{"a": 1}, {"b": 2}', [{ a: 1 }, { b: 2 }]],
    ['the whole JSON escaped as HTML', '{&quot;a&quot;: &quot;b&quot;}', { a: 'b' }],
    ['a statement semicolon', '{"a": 1};', { a: 1 }],
  ])('mends %s', (_, text, value) => {
    expect(parseLenientJson(text)).toEqual(value);
  });

  it('leaves entities inside strings for the text readers', () => {
    expect(parseLenientJson('{"a": "say &quot;hi&quot;"}')).toEqual({ a: 'say &quot;hi&quot;' });
  });

  it('gives up on what is not JSON, and on very large text', () => {
    expect(parseLenientJson('var recipe = {a: 1}')).toBeUndefined();
    expect(parseLenientJson('{"a": ')).toBeUndefined();
    expect(parseLenientJson(`"${'x'.repeat(2_000_001)}"`)).toBeUndefined();
  });

  it('stays linear on hostile input', { timeout: 60_000 }, () => {
    expectLinearTime((size) => `{"a": [${',   '.repeat(size)}`, parseLenientJson, 50_000);
  });
});
