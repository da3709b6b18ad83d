import { AppError } from '@saffron/shared';

// Errors that end the whole archive (a bomb, the total cap) rather than one entry.
const fatalErrors = new WeakSet<Error>();

function fatal(error: AppError): AppError {
  fatalErrors.add(error);
  return error;
}

/** True for errors no single entry can be skipped over: the archive itself is hostile. */
export function isFatal(error: unknown): boolean {
  return error instanceof Error && fatalErrors.has(error);
}

/** The messages a person sees when an archive cannot be read; one wording per cause. */
export const archiveErrors = {
  notRecognised: (why: string) =>
    new AppError('BAD_REQUEST', `This file is not an export we recognise: ${why}.`),
  damaged: (why: string) =>
    new AppError('BAD_REQUEST', `This archive is damaged or incomplete: ${why}.`),
  tooLarge: (why: string) =>
    new AppError('PAYLOAD_TOO_LARGE', `This archive is too large: ${why}.`),
  entryTooLarge: (entry: string, maxBytes: number) =>
    new AppError('PAYLOAD_TOO_LARGE', `"${entry}" is larger than ${describeBytes(maxBytes)}.`),
  overBudget: (maxBytes: number) =>
    fatal(archiveErrors.tooLarge(`it unpacks to more than ${describeBytes(maxBytes)} in all`)),
  bomb: (entry: string, ratio: number) =>
    fatal(
      new AppError(
        'PAYLOAD_TOO_LARGE',
        `This archive looks like a zip bomb: "${entry}" unpacks to more than ${ratio} times its packed size.`,
      ),
    ),
};

const MiB = 1024 * 1024;

/** "50 MB" for a limit in bytes, as people read sizes. */
export function describeBytes(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A short, user-safe reason from anything thrown while reading one entry. */
export function reasonOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof SyntaxError) return `its JSON is broken (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}
