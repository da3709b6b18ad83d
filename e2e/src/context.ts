/** What the global setup hands each e2e test file. */
export interface E2EContext {
  baseUrl: string;
  groceryUrl: string;
  databaseUrl: string;
  chromiumPath: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext | null;
  }
}
