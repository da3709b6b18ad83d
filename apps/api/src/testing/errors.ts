import { TRPCError, type TRPCDefaultErrorShape } from '@trpc/server';
import { formatError } from '../trpc/errors.ts';

/** The error a call failed with (a caller throws raw TRPCErrors, unformatted). */
export async function rejectionOf(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** The field errors a client would receive for this error, through the real formatter. */
export async function fieldErrorsOf(call: Promise<unknown>) {
  const error = await rejectionOf(call);
  const shape = { message: error.message, code: -1, data: { code: error.code, httpStatus: 0 } };
  return {
    code: error.code,
    fieldErrors: formatError({ shape: shape as TRPCDefaultErrorShape, error }).data.fieldErrors,
  };
}
