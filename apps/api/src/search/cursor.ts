import { AppError } from '@saffron/shared';
import { z } from 'zod';

const ZTimestampText = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/);

/**
 * Where the next page starts. Postgres pages by key (after the last row, within the first
 * page's snapshot); Typesense by page number, within the first page's moment (`asOf`). Both
 * leave out recipes added since, so nothing shifts while the user scrolls.
 */
const ZSearchCursor = z.discriminatedUnion('engine', [
  z.object({
    engine: z.literal('postgres'),
    fuzzy: z.boolean(),
    snapshot: ZTimestampText,
    after: z.object({
      score: z
        .string()
        .regex(/^\d{1,6}(\.\d{1,6})?$/)
        .optional(),
      createdAt: ZTimestampText,
      id: z.uuid(),
    }),
  }),
  z.object({
    engine: z.literal('typesense'),
    page: z.int().min(2).max(10_000),
    asOf: z.int().positive(),
  }),
]);

export type SearchCursor = z.infer<typeof ZSearchCursor>;

export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** Anything a client could send is checked: a malformed cursor is a 400, never a database error. */
export function decodeCursor(text: string): SearchCursor {
  try {
    return ZSearchCursor.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch (error) {
    throw new AppError('BAD_REQUEST', 'Invalid cursor', {
      fieldErrors: { cursor: ['This cursor is not valid; start the search again'] },
      cause: error,
    });
  }
}
