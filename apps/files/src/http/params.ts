import { AppError, fieldErrorsFrom, ZAttachment } from '@saffron/shared';
import { z } from 'zod';

/** The id rule of the wire schema (a UUID). */
const ZId = ZAttachment.shape.id;

export const ZAttachmentParams = z.object({ id: ZId });
export const ZRecipeParams = z.object({ recipeId: ZId });

/** Malformed ids are bad input (400); well-formed ones nobody owns are 404 further on. */
export function parseParams<T extends z.ZodType>(schema: T, params: unknown): z.output<T> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  throw new AppError('BAD_REQUEST', 'Invalid input', {
    fieldErrors: fieldErrorsFrom(result.error),
  });
}
