import { describe, expect, it } from 'vitest';
import {
  AppError,
  appErrorCodeFor,
  HTTP_STATUS_BY_CODE,
  httpStatusOf,
  isAppErrorCode,
} from './errors.ts';

describe('AppError', () => {
  it('maps each code to one HTTP status', () => {
    expect(new AppError('NOT_FOUND', 'Recipe not found').httpStatus).toBe(404);
    expect(httpStatusOf('TOO_MANY_REQUESTS')).toBe(429);
    expect(httpStatusOf('PAYLOAD_TOO_LARGE')).toBe(413);
    expect(httpStatusOf('SERVICE_UNAVAILABLE')).toBe(503);
    expect(new Set(Object.values(HTTP_STATUS_BY_CODE)).size).toBe(
      Object.keys(HTTP_STATUS_BY_CODE).length,
    );
  });

  it('carries field errors and a retry hint', () => {
    const error = new AppError('TOO_MANY_REQUESTS', 'Slow down', { retryAfterSeconds: 30 });
    expect(error).toBeInstanceOf(Error);
    expect(error.retryAfterSeconds).toBe(30);
    expect(AppError.notFound('Recipe').message).toBe('Recipe not found');
  });

  it('reads a bare HTTP status back as the code that means it', () => {
    for (const [code, status] of Object.entries(HTTP_STATUS_BY_CODE)) {
      expect(appErrorCodeFor(status)).toBe(code);
    }
    expect(appErrorCodeFor(413)).toBe('PAYLOAD_TOO_LARGE');
    expect(appErrorCodeFor(415)).toBeUndefined();
  });

  it('recognises its own codes only', () => {
    expect(isAppErrorCode('CONFLICT')).toBe(true);
    expect(isAppErrorCode('toString')).toBe(false);
    expect(isAppErrorCode(404)).toBe(false);
  });
});
