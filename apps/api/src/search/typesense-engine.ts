import {
  findRecipeSearchDocuments,
  findRecipeSummaries,
  type Database,
  type Kysely,
} from '@saffron/db';
import { Client } from 'typesense';
import type { EngineSearchPage, SearchEngine } from './engine.ts';
import {
  collectionSchema,
  RECIPES_ALIAS,
  searchParameters,
  toTypesenseRecipe,
  type TypesenseRecipe,
} from './typesense-mapping.ts';

export function createTypesenseClient(url: string, apiKey: string): Client {
  // Short timeouts and one retry: when Typesense is down, search falls back to Postgres quickly.
  return new Client({
    nodes: [{ url }],
    apiKey,
    connectionTimeoutSeconds: 2,
    numRetries: 1,
    retryIntervalSeconds: 0.2,
    // Failures surface through our own logger (fallback, outbox backoff), not the client's.
    logLevel: 'silent',
  });
}

/** Typesense returns ids; the recipes themselves come from Postgres, re-checked against the owner. */
export function createTypesenseEngine(
  client: Client,
  db: Kysely<Database>,
  alias = RECIPES_ALIAS,
): SearchEngine {
  return {
    name: 'typesense',
    search: async ({ ownerId, query, cursor, limit }): Promise<EngineSearchPage> => {
      const position = cursor?.engine === 'typesense' ? cursor : { page: 1, asOf: Date.now() };
      const result = await client
        .collections<TypesenseRecipe>(alias)
        .documents()
        .search(
          searchParameters({
            ownerId,
            query,
            page: position.page,
            perPage: limit,
            asOf: position.asOf,
          }),
        );
      const ids = (result.hits ?? []).map((hit) => hit.document.id);
      const items = await findRecipeSummaries(db, { ownerId, ids });
      const more = position.page * limit < result.found;
      return {
        items,
        next: more
          ? { engine: 'typesense', page: position.page + 1, asOf: position.asOf }
          : undefined,
      };
    },
  };
}

/** Keeps the Typesense index in step with Postgres (the outbox worker and reindex use it). */
export function createTypesenseIndexer(
  client: Client,
  db: Kysely<Database>,
  alias = RECIPES_ALIAS,
) {
  const documents = () => client.collections<TypesenseRecipe>(alias).documents();
  return {
    /** On first start: a collection behind the alias, if there is none yet. */
    ensureCollection: async () => {
      const existing = await client
        .aliases(alias)
        .retrieve()
        .catch(() => undefined);
      if (existing) return;
      const name = `${alias}_${Date.now()}`;
      await client.collections().create(collectionSchema(name));
      await client.aliases().upsert(alias, { collection_name: name });
    },
    /** Brings the index to the current state of these recipes: upserts what exists, removes what is gone. */
    sync: async (recipeIds: string[]) => {
      const found = await findRecipeSearchDocuments(db, { ids: recipeIds });
      if (found.length > 0) await importAll(documents(), found.map(toTypesenseRecipe));
      const foundIds = new Set(found.map((doc) => doc.id));
      const gone = recipeIds.filter((id) => !foundIds.has(id));
      if (gone.length > 0)
        await documents().delete({ filter_by: `id:[${gone.map((id) => `\`${id}\``).join(',')}]` });
    },
    /** A fresh collection from every recipe, swapped in behind the alias, the old one dropped. */
    reindex: async (batchSize = 1000): Promise<number> => {
      const name = `${alias}_${Date.now()}`;
      await client.collections().create(collectionSchema(name));
      let count = 0;
      for (let afterId: string | null = null; ;) {
        const batch = await findRecipeSearchDocuments(db, { afterId, limit: batchSize });
        if (batch.length === 0) break;
        await importAll(
          client.collections<TypesenseRecipe>(name).documents(),
          batch.map(toTypesenseRecipe),
        );
        count += batch.length;
        afterId = batch.at(-1)!.id;
      }
      const previous = await client
        .aliases(alias)
        .retrieve()
        .catch(() => undefined);
      await client.aliases().upsert(alias, { collection_name: name });
      if (previous) await client.collections(previous.collection_name).delete();
      return count;
    },
  };
}

export type TypesenseIndexer = ReturnType<typeof createTypesenseIndexer>;

/** Import reports failures per document instead of throwing; any failure fails the batch. */
/** The part of a Typesense collection's documents that importing needs. */
interface ImportTarget {
  import: (
    documents: TypesenseRecipe[],
    options: { action: 'upsert' },
  ) => Promise<{ success: boolean; error?: string }[]>;
}

async function importAll(documents: ImportTarget, records: TypesenseRecipe[]): Promise<void> {
  const results = await documents.import(records, { action: 'upsert' });
  const failed = results.find((result) => !result.success);
  if (failed) throw new Error(`Typesense refused a document: ${failed.error ?? 'unknown error'}`);
}
