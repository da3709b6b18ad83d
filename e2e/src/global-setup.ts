import { createDatabaseCopy, prepareTestDatabases } from '@saffron/db/testing';
import type { TestProject } from 'vitest/node';
import './context.ts';
import { e2eEnv } from './env.ts';
import { serveStackControl } from './stack-control.ts';
import { startStack } from './stack.ts';

/** Starts the whole product once for the suite; without a Chromium it says so and skips (not in CI). */
export default async function setup(
  project: TestProject,
): Promise<(() => Promise<void>) | undefined> {
  if (!e2eEnv.chromiumPath) {
    if (e2eEnv.requireServices)
      throw new Error('SAFFRON_REQUIRE_SERVICES=1 but no Chromium found (set CHROMIUM_PATH)');
    console.warn('Browser tests skipped: no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)');
    project.provide('e2e', null);
    return undefined;
  }
  const databases = await prepareTestDatabases();
  const database = await createDatabaseCopy(databases.context);
  const stack = await startStack(database.url);
  const control = await serveStackControl(stack);
  project.provide('e2e', {
    baseUrl: stack.baseUrl,
    groceryUrl: stack.groceryUrl,
    ports: stack.ports,
    databaseUrl: database.url,
    recipeSitePort: stack.recipeSitePort,
    controlUrl: control.url,
    chromiumPath: e2eEnv.chromiumPath,
  });
  return async () => {
    await control.close();
    await stack.stop();
    await databases.teardown();
  };
}
