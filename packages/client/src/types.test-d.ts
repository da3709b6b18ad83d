import type { TSystemInfo, TUser } from '@saffron/shared';
import { describe, expectTypeOf, it } from 'vitest';
import { createSaffronClient } from './client.ts';

describe('the client is fully typed from the router', () => {
  const client = createSaffronClient({ baseUrl: '' });
  it('knows inputs and outputs of procedures', () => {
    expectTypeOf(client.system.info.query).returns.resolves.toEqualTypeOf<TSystemInfo>();
    expectTypeOf(client.auth.me.query).returns.resolves.toEqualTypeOf<TUser>();
    expectTypeOf(client.auth.login.mutate).parameter(0).toHaveProperty('username');
  });
});
