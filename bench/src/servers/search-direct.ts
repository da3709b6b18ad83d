/**
 * Baseline for the search benchmark: the same search SQL the api runs, straight through `pg`,
 * from a bare node:http handler (no Fastify, no tRPC, no sessions, no serialisation layer).
 */
import { createServer } from 'node:http';
import { createDb, searchRecipes, searchTerms } from '@saffron/db';
import { benchDatabaseEnv } from '../harness/bench-data.ts';

const [port, ownerId] = process.argv.slice(2);
const env = benchDatabaseEnv();
const { db } = await createDb({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.DATA_DIR,
  poolMax: 10,
});

createServer((request, response) => {
  const q = new URL(request.url ?? '/', 'http://x').searchParams.get('q') ?? '';
  searchRecipes(db, { ownerId: ownerId!, terms: searchTerms(q), limit: 20, fuzzy: false }).then(
    ({ rows }) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(rows.slice(0, 20)));
    },
    (error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    },
  );
}).listen(Number(port), '127.0.0.1');
