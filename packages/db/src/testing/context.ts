/** What the global setup hands each test worker, typed for `inject('testDatabase')`. */
export interface TestDatabaseContext {
  adminUrl: string;
  /** Prefix of every database this run creates, so teardown finds them all. */
  run: string;
  /** Migrated once per run; each test file copies it. */
  template: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseContext;
  }
}
