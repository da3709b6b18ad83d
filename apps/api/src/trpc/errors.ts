import { AppError, fieldErrorsFrom, type FieldErrors } from '@saffron/shared';
import { TRPCError, type TRPCDefaultErrorShape } from '@trpc/server';
import { ZodError } from 'zod';

/** An AppError thrown in a service keeps its code (404, 429, ...) instead of becoming a 500. */
export function appErrorToTRPC(error: TRPCError): TRPCError {
  const cause = error.cause;
  if (!(cause instanceof AppError)) return error;
  return new TRPCError({ code: cause.code, message: cause.message, cause });
}

export interface ErrorData {
  /** Field path to messages, for forms; present on bad input. */
  fieldErrors?: FieldErrors;
  retryAfterSeconds?: number;
}

/**
 * The error shape every client sees. Input validation failures carry field errors; an
 * unexpected failure never leaks its internal message.
 */
export function formatError({
  shape,
  error,
}: {
  shape: TRPCDefaultErrorShape;
  error: TRPCError;
}): TRPCDefaultErrorShape & { data: ErrorData } {
  const cause = error.cause;
  const data: TRPCDefaultErrorShape['data'] & ErrorData = { ...shape.data };
  // Stack traces stay in the server's log: no response carries one, whatever NODE_ENV says.
  delete data.stack;
  if (cause instanceof ZodError) data.fieldErrors = fieldErrorsFrom(cause);
  if (cause instanceof AppError) {
    if (cause.fieldErrors) data.fieldErrors = cause.fieldErrors;
    if (cause.retryAfterSeconds !== undefined) data.retryAfterSeconds = cause.retryAfterSeconds;
  }
  const message =
    cause instanceof ZodError
      ? 'Invalid input'
      : error.code === 'INTERNAL_SERVER_ERROR'
        ? 'Something went wrong on our side'
        : shape.message;
  return { ...shape, message, data };
}
