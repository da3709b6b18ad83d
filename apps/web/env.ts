import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);

/** Dev-server configuration (Node side only; nothing here reaches the bundle). */
export const env = createEnv({
  server: {
    WEB_PORT: port(5173),
    API_PORT: port(3001),
    FILES_PORT: port(3002),
    GROCERY_PORT: port(5174),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
