import { useTestDb } from '@saffron/db/testing';
import { describe, expect, it } from 'vitest';
import { buildApiServer } from '../server.ts';
import { signInNewAccount } from '../testing/accounts.ts';

describe('a batch of protected calls over HTTP', () => {
  let userReads = 0;
  const t = useTestDb({
    log: (event) =>
      void (event.level === 'query' && /from "users"/.test(event.query.sql) && userReads++),
  });

  it('authenticates the request once, not once per call', async () => {
    const { deps, browser } = await signInNewAccount(t.db, 'alice');
    const app = await buildApiServer(deps);
    userReads = 0;
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/auth.me,auth.me,auth.me?batch=1&input={}',
      headers: { authorization: `Bearer ${browser.jar.token}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toHaveLength(3);
    expect(userReads).toBe(1);
    await app.close();
  });
});
