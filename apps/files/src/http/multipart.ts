import { AppError } from '@saffron/shared';
import type { FastifyRequest } from 'fastify';
import type { UploadPart } from '../attachments/upload-attachments.ts';

type PartsOptions = Parameters<FastifyRequest['parts']>[0];

/** Errors the multipart parser raised, on the part iterator or on a file's stream. */
const parserErrors = new WeakSet<object>();

const isStatusless = (error: unknown) =>
  error instanceof Error && !(error instanceof AppError) && !('statusCode' in error);

/**
 * The parts of a multipart body. The parser throws plain errors for bodies it cannot read (no
 * boundary, a boundary over 256 bytes, a cut-off body, broken part headers), which would be
 * 500s; they are remembered here so the error handler answers them as the client's 400.
 */
export async function* readParts(
  request: FastifyRequest,
  options?: PartsOptions,
): AsyncGenerator<UploadPart> {
  try {
    for await (const part of request.parts(options) as AsyncIterable<UploadPart>) {
      if (part.type === 'file') {
        // A body that arrived whole may have failed the file before it is handed over.
        if (part.file.errored) parserErrors.add(part.file.errored);
        part.file.once('error', (error) => parserErrors.add(error));
      }
      yield part;
    }
  } catch (error) {
    if (error instanceof Error) parserErrors.add(error);
    throw error;
  }
}

/** A parser's status-less error as the 400 it is; anything else unchanged. */
export function asMalformedBody<E extends Error>(error: E): E | AppError {
  if (!parserErrors.has(error) || !isStatusless(error)) return error;
  return new AppError('BAD_REQUEST', 'The upload is not a well-formed multipart/form-data body', {
    cause: error,
  });
}
