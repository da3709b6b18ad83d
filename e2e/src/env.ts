import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the browser is, and whether a missing one may skip the suite (never in CI). */
export const e2eEnv = {
  chromiumPath: existsSync(chromiumPath) ? chromiumPath : undefined,
  requireServices: process.env.SAFFRON_REQUIRE_SERVICES === '1',
  redisUrl: process.env.REDIS_URL || undefined,
  path: process.env.PATH,
  home: process.env.HOME,
};
