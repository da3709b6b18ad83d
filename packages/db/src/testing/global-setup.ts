import type { TestProject } from 'vitest/node';
import './context.ts';
import { prepareTestDatabases } from './databases.ts';

/** Vitest globalSetup: one migrated template per run, dropped with every copy at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { context, teardown } = await prepareTestDatabases();
  project.provide('testDatabase', context);
  return teardown;
}
