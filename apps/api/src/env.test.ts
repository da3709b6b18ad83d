import { EnvError } from '@saffron/service';
import { describe, expect, it } from 'vitest';
import { loadEnv } from './env.ts';

function envError(runtimeEnv: Record<string, string>): EnvError {
  try {
    loadEnv(runtimeEnv);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error('expected an EnvError');
}

describe('loadEnv', () => {
  it('runs with no variables at all: embedded database, development defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      API_PORT: 3001,
      DATABASE_URL: undefined,
      LOG_FORMAT: 'pretty',
    });
    expect(env.DATA_DIR).toMatch(/\.data$/);
  });

  it('names a malformed DATABASE_URL', () => {
    const error = envError({ DATABASE_URL: 'not-a-url' });
    expect(error.variables).toEqual(['DATABASE_URL']);
    expect(error.message).toBe('Invalid configuration: DATABASE_URL: must be a postgres:// URL');
  });

  it('names every bad variable at once', () => {
    const error = envError({ API_PORT: '70000', LOG_LEVEL: 'chatty', DATABASE_URL: 'mysql://x/y' });
    expect(error.variables.sort()).toEqual(['API_PORT', 'DATABASE_URL', 'LOG_LEVEL']);
  });

  it('treats empty strings as unset', () => {
    expect(loadEnv({ DATABASE_URL: '', API_PORT: '' })).toMatchObject({ API_PORT: 3001 });
  });

  it('refuses the embedded database in production', () => {
    expect(envError({ NODE_ENV: 'production' }).variables).toEqual(['DATABASE_URL']);
    expect(
      loadEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/saffron' }),
    ).toMatchObject({
      LOG_FORMAT: 'json',
    });
  });
});
