import { join } from 'node:path';

/** Everything the embedded server keeps, all under the data directory. */
export function embeddedPaths(dataDir: string) {
  return {
    dataDir,
    /** The Postgres cluster itself (PGDATA). */
    cluster: join(dataDir, 'postgres'),
    /** Written once at initdb; the password lives as long as the cluster. */
    credentials: join(dataDir, 'postgres-credentials.json'),
    /** Present while a supervisor serves the cluster: its pid and port. */
    state: join(dataDir, 'postgres-server.json'),
    log: join(dataDir, 'postgres-server.log'),
    /** Mutex for starting, joining and stopping the server. */
    lock: join(dataDir, 'postgres-server.lock'),
    /** One file per process using the server, named by its pid. */
    leases: join(dataDir, 'postgres-clients'),
  };
}

export type EmbeddedPaths = ReturnType<typeof embeddedPaths>;

export const EMBEDDED_DATABASE = 'saffron';
export const EMBEDDED_USER = 'postgres';
