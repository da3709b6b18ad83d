/** What the global setup hands each e2e test file. */
export interface E2EContext {
  baseUrl: string;
  groceryUrl: string;
  /** The servers' ports, for a development server started by a test. */
  ports: Record<'API_PORT' | 'FILES_PORT' | 'WEB_PORT' | 'GROCERY_PORT', string>;
  databaseUrl: string;
  chromiumPath: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext | null;
  }
}
