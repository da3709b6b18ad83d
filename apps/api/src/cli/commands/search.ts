import { createTypesenseClient, createTypesenseIndexer } from '../../search/typesense-engine.ts';
import type { Command } from '../command.ts';

export const searchReindex: Command = {
  name: 'search reindex',
  summary: 'Rebuild the Typesense index from Postgres (no downtime)',
  async run(_args, { env, api, io }) {
    if (!env.TYPESENSE_URL || !env.TYPESENSE_API_KEY) {
      io.out('Search runs in Postgres (TYPESENSE_URL is not set): its index is always current.');
      return;
    }
    const { db } = await api();
    const indexer = createTypesenseIndexer(
      createTypesenseClient(env.TYPESENSE_URL, env.TYPESENSE_API_KEY),
      db,
    );
    io.out(`Reindexed ${await indexer.reindex()} recipe(s) into Typesense.`);
  },
};
