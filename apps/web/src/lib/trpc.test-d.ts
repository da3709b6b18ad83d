import type { TSystemInfo } from '@saffron/shared';
import { describe, expectTypeOf, it } from 'vitest';
import type { SystemInfo } from './trpc.ts';

describe('the web app sees the API types', () => {
  it('system.info returns what the first screen renders', () => {
    expectTypeOf<SystemInfo>().toEqualTypeOf<{
      name: 'Saffron';
      version: string;
      database: { mode: 'postgres' | 'embedded'; schemaVersion: string | null };
      setupRequired: boolean;
    }>();
    expectTypeOf<SystemInfo>().toEqualTypeOf<TSystemInfo>();
  });
});
