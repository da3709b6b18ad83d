/** What the global setup hands each e2e test file. */
export interface E2EContext {
  baseUrl: string;
  groceryUrl: string;
  /** The servers' ports, for a development server started by a test. */
  ports: Record<'API_PORT' | 'FILES_PORT' | 'WEB_PORT' | 'GROCERY_PORT', string>;
  databaseUrl: string;
  /** The port a test serves recipe pages on: imports may fetch from it (IMPORT_ALLOWED_HOSTS). */
  recipeSitePort: number;
  /** Where a test asks the global setup to act on the stack (stack-control.ts). */
  controlUrl: string;
  chromiumPath: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2EContext | null;
  }
}
