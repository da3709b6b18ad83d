import { AppError } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, type SearchCursor } from './cursor.ts';

describe('search cursors', () => {
  it("round-trip both engines' positions", () => {
    const cursors: SearchCursor[] = [
      {
        engine: 'postgres',
        fuzzy: true,
        snapshot: '2026-11-21 10:00:00.123456+00',
        after: {
          score: '2.5',
          createdAt: '2026-11-21 09:00:00.5+00',
          id: '8f14e45f-ceea-4e7a-9f0a-3b4f2c1d0e9a',
        },
      },
      { engine: 'typesense', page: 3, asOf: 1_795_000_000_000 },
    ];
    for (const cursor of cursors) expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    'garbage',
    Buffer.from('{"engine":"postgres"}').toString('base64url'),
    Buffer.from('{"engine":"typesense","page":1,"asOf":1}').toString('base64url'),
    Buffer.from(
      JSON.stringify({
        engine: 'postgres',
        fuzzy: false,
        snapshot: 'now()); drop table users; --',
        after: { createdAt: 'x', id: 'y' },
      }),
    ).toString('base64url'),
  ])('turns a malformed cursor into a 400 with a field error (%s)', (text) => {
    expect(() => decodeCursor(text)).toThrow(AppError);
    try {
      decodeCursor(text);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'BAD_REQUEST',
        fieldErrors: { cursor: [expect.any(String)] },
      });
    }
  });
});
