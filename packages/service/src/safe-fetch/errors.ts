import { AppError, type AppErrorCode } from '@saffron/shared';

export type SafeFetchFailure =
  | 'invalid-url'
  | 'refused-address'
  | 'too-large'
  | 'timeout'
  | 'blocked'
  | 'not-found'
  | 'upstream'
  | 'unreachable'
  | 'content-type'
  | 'too-many-redirects';

/** A link the person typed wrong is their input (400, on the url field); a site's answer is 422. */
const CODE_BY_FAILURE: Record<SafeFetchFailure, AppErrorCode> = {
  'invalid-url': 'BAD_REQUEST',
  'refused-address': 'BAD_REQUEST',
  'too-large': 'PAYLOAD_TOO_LARGE',
  timeout: 'UNPROCESSABLE_CONTENT',
  blocked: 'UNPROCESSABLE_CONTENT',
  'not-found': 'UNPROCESSABLE_CONTENT',
  upstream: 'UNPROCESSABLE_CONTENT',
  unreachable: 'UNPROCESSABLE_CONTENT',
  'content-type': 'UNPROCESSABLE_CONTENT',
  'too-many-redirects': 'UNPROCESSABLE_CONTENT',
};

/** Why a fetch of a user-given link failed, in words for the person who gave it. */
export class SafeFetchError extends AppError {
  readonly reason: SafeFetchFailure;

  constructor(reason: SafeFetchFailure, message: string, options: { cause?: unknown } = {}) {
    const code = CODE_BY_FAILURE[reason];
    super(code, message, {
      cause: options.cause,
      fieldErrors: code === 'BAD_REQUEST' ? { url: [message] } : undefined,
    });
    this.reason = reason;
  }
}

/**
 * Whether a failure may pass: a site slow or down today may answer tomorrow, and so may our
 * own database; a page with no recipe, a refused address or a non-image will not.
 */
export function isPassingFailure(error: unknown): boolean {
  if (error instanceof SafeFetchError)
    return ['timeout', 'unreachable', 'upstream'].includes(error.reason);
  return !(error instanceof AppError);
}

const ADD_TO_ALLOW_LIST =
  'To import from a site on your own network, add its host to IMPORT_ALLOWED_HOSTS.';

export function refusedAddress(host: string, address: string): SafeFetchError {
  const where = host === address ? `(${address})` : `(${host} is ${address})`;
  return new SafeFetchError(
    'refused-address',
    `Saffron does not fetch addresses on private networks ${where}. ${ADD_TO_ALLOW_LIST}`,
  );
}

export function tookTooLong(host: string, timeoutMs: number): SafeFetchError {
  return new SafeFetchError(
    'timeout',
    `${host} took too long to answer (more than ${timeoutMs / 1000} s). Try again later.`,
  );
}

export function tooLarge(host: string, maxBytes: number): SafeFetchError {
  const mb = Math.round((maxBytes / 1_048_576) * 10) / 10;
  return new SafeFetchError(
    'too-large',
    `What ${host} sent is larger than ${mb} MB, more than Saffron reads.`,
  );
}

/** Node's error codes, grouped by what a person can make of them. */
const NOT_FOUND_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NODATA', 'EAI_NONAME', 'EAI_FAIL']);
const REFUSED_CODES = new Set(['ECONNREFUSED']);
const CLOSED_CODES = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);
const TLS_CODE_PARTS = ['CERT', 'SSL', 'TLS', 'SELF_SIGNED', 'UNABLE_TO_'];

function codeOf(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return '';
  return typeof error.code === 'string' ? error.code : '';
}

/** A network, TLS, HTTP-parser or decompression failure, as the person should hear it. */
export function failureOf(error: unknown, host: string): SafeFetchError {
  const code = codeOf(error);
  const failure = (reason: SafeFetchFailure, message: string) =>
    new SafeFetchError(reason, message, { cause: error });
  if (NOT_FOUND_CODES.has(code)) {
    return failure('unreachable', `Saffron could not find ${host}. Check the address.`);
  }
  if (REFUSED_CODES.has(code)) return failure('unreachable', `${host} refused the connection.`);
  if (CLOSED_CODES.has(code)) {
    return failure('unreachable', `${host} closed the connection before it finished answering.`);
  }
  if (TLS_CODE_PARTS.some((part) => code.includes(part))) {
    return failure(
      'unreachable',
      `Saffron could not make a secure connection to ${host} (${code}).`,
    );
  }
  if (code.startsWith('HPE_') || code.startsWith('Z_')) {
    return failure('upstream', `${host} sent an answer Saffron cannot read.`);
  }
  return failure('unreachable', `Saffron could not reach ${host}.`);
}
