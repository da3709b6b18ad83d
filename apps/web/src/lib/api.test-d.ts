import type { RouterOutputs } from '@saffron/client';
import type { TSystemInfo, TUser } from '@saffron/shared';
import { describe, expectTypeOf, it } from 'vitest';

describe('the web app sees the API types', () => {
  it('system.info returns what the first screen renders', () => {
    expectTypeOf<RouterOutputs['system']['info']>().toEqualTypeOf<{
      name: 'Saffron';
      version: string;
      database: { mode: 'postgres' | 'embedded'; schemaVersion: string | null };
      setupRequired: boolean;
      setupTokenRequired: boolean;
    }>();
    expectTypeOf<RouterOutputs['system']['info']>().toEqualTypeOf<TSystemInfo>();
  });

  it('auth.me returns the signed-in user, never the password hash', () => {
    expectTypeOf<RouterOutputs['auth']['me']>().toEqualTypeOf<TUser>();
    expectTypeOf<RouterOutputs['auth']['me']>().not.toHaveProperty('passwordHash');
  });
});
