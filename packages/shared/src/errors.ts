/**
 * One error type for the whole product. Each code maps to the tRPC code of the same name
 * and to one HTTP status, so the api, the files service and clients all agree.
 */
export const HTTP_STATUS_BY_CODE = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  /** Understood, but it cannot be used: a page with no recipe, a site that refused us. */
  UNPROCESSABLE_CONTENT: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof HTTP_STATUS_BY_CODE;

/** Field path ("ingredients.2.quantity") to messages, as forms display them. */
export type FieldErrors = Record<string, string[]>;

export interface AppErrorOptions {
  fieldErrors?: FieldErrors;
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: AppErrorCode;
  readonly fieldErrors: FieldErrors | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get httpStatus(): number {
    return HTTP_STATUS_BY_CODE[this.code];
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }
}

/**
 * Something about the machine or the configuration that stops a service from starting, said
 * in one line with what to change: services print its message alone, without a stack.
 */
export class SetupError extends Error {
  override readonly name = 'SetupError';
}

export function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === 'string' && Object.hasOwn(HTTP_STATUS_BY_CODE, value);
}

export function httpStatusOf(code: AppErrorCode): number {
  return HTTP_STATUS_BY_CODE[code];
}

const CODE_BY_STATUS = new Map(
  Object.entries(HTTP_STATUS_BY_CODE).map(([code, status]) => [status, code as AppErrorCode]),
);

/** The code that means this HTTP status, for failures that come with a status only. */
export function appErrorCodeFor(status: number): AppErrorCode | undefined {
  return CODE_BY_STATUS.get(status as (typeof HTTP_STATUS_BY_CODE)[AppErrorCode]);
}
