import { countSearchChanges, findUserByUsername } from '@saffron/db';
import { useTestDb } from '@saffron/db/testing';
import { ZRecipeInput } from '@saffron/shared';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addRecipe, removeRecipe, replaceRecipe, searchRecipes } from '../services/recipes.ts';
import { createAccount } from '../testing/accounts.ts';
import { createTestDeps, signedInContext, silentLogger } from '../testing/context.ts';
import { recipeInput } from '../testing/recipes.ts';
import type { AuthedContext } from '../trpc/context.ts';
import { createOutboxWorker, retryDelaySeconds, type SearchIndexer } from './outbox-worker.ts';
import { createPostgresEngine } from './postgres-engine.ts';
import { createRecipeSearch } from './recipe-search.ts';
import {
  createTypesenseClient,
  createTypesenseEngine,
  createTypesenseIndexer,
} from './typesense-engine.ts';

/** Typesense at an address where nothing listens: the outage this suite is about. */
const unreachable = createTypesenseClient('http://127.0.0.1:1', 'test-key');

describe('search outbox with Typesense unreachable', () => {
  const t = useTestDb();
  let alice: AuthedContext;

  beforeEach(async () => {
    const deps = createTestDeps(t.db, {
      recipes: {
        cache: createTestDeps(t.db).recipes.cache,
        search: createRecipeSearch(
          createPostgresEngine(t.db),
          createTypesenseEngine(unreachable, t.db),
          silentLogger,
        ),
        outbox: true,
      },
    });
    await createAccount(t.db, deps, 'alice');
    alice = await signedInContext(deps, (await findUserByUsername(t.db, 'alice'))!);
  });

  const input = (name: string) => ZRecipeInput.parse(recipeInput({ name }));

  it('lets writes succeed, keeps every change in the outbox, and searches Postgres meanwhile', async () => {
    const soup = await addRecipe(alice, input('Tomato soup'));
    const stew = await addRecipe(alice, input('Bean stew'));
    await replaceRecipe(alice, soup.id, input('Roasted tomato soup'));
    await removeRecipe(alice, stew.id);
    expect(await countSearchChanges(t.db)).toBe(4);

    const found = await searchRecipes(alice, { q: 'tomatoe', limit: 20 });
    expect(found.items.map((item) => item.name)).toEqual(['Roasted tomato soup']);

    const worker = createOutboxWorker({
      db: t.db,
      indexer: createTypesenseIndexer(unreachable, t.db),
      logger: silentLogger,
    });
    expect(await worker.drainOnce()).toBe(0);
    const rows = await t.db
      .selectFrom('search_outbox')
      .select(['attempts', 'last_error', 'available_at'])
      .execute();
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.attempts).toBe(1);
      expect(row.last_error).toBeTruthy();
      expect(row.available_at.getTime()).toBeGreaterThan(Date.now());
    }
    expect(await worker.drainOnce()).toBe(0); // backing off: nothing is due yet
  });

  it("catches up once the index is reachable again, with each recipe's latest state", async () => {
    const synced: string[][] = [];
    let outageLeft = 2;
    const indexer: SearchIndexer = {
      ensureCollection: () => Promise.resolve(),
      sync: (ids) => {
        if (outageLeft-- > 0) return Promise.reject(new Error('connection refused'));
        synced.push([...ids].sort());
        return Promise.resolve();
      },
    };
    const soup = await addRecipe(alice, input('Tomato soup'));
    const stew = await addRecipe(alice, input('Bean stew'));
    await replaceRecipe(alice, soup.id, input('Roasted tomato soup'));
    await removeRecipe(alice, stew.id);

    const worker = createOutboxWorker({ db: t.db, indexer, logger: silentLogger });
    const timePasses = () => sql`update search_outbox set available_at = now()`.execute(t.db);
    for (let round = 0; round < 3; round++) {
      await worker.drainOnce();
      await timePasses();
    }
    expect(synced).toEqual([[soup.id, stew.id].sort()]);
    expect(await countSearchChanges(t.db)).toBe(0);
  });

  it('creates the collection once before it first syncs, and syncs nothing until it exists', async () => {
    const calls: string[] = [];
    let collectionCreated = () => {};
    const indexer: SearchIndexer = {
      ensureCollection: () => {
        calls.push('ensureCollection');
        return new Promise((resolve) => (collectionCreated = resolve));
      },
      sync: () => {
        calls.push('sync');
        return Promise.resolve();
      },
    };
    await addRecipe(alice, input('Tomato soup'));

    const worker = createOutboxWorker({ db: t.db, indexer, logger: silentLogger });
    worker.start();
    try {
      await vi.waitFor(() => expect(calls).toEqual(['ensureCollection']));
      await new Promise((resolve) => setTimeout(resolve, 50)); // still no collection: no sync
      expect(calls).toEqual(['ensureCollection']);
      collectionCreated();
      await vi.waitFor(async () => expect(await countSearchChanges(t.db)).toBe(0));
      expect(calls).toEqual(['ensureCollection', 'sync']);
    } finally {
      await worker.stop();
    }
  });

  it('backs off exponentially, up to five minutes', () => {
    expect([1, 2, 3, 8, 9, 20].map(retryDelaySeconds)).toEqual([2, 4, 8, 256, 300, 300]);
  });
});
