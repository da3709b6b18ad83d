import { z } from 'zod';

/** What `system.info` tells any client before sign-in: enough to render the first screen. */
export const ZSystemInfo = z.object({
  name: z.literal('Saffron'),
  version: z.string(),
  database: z.object({
    mode: z.enum(['postgres', 'embedded']),
    schemaVersion: z.string().nullable(),
  }),
  setupRequired: z.boolean(),
});
export type TSystemInfo = z.infer<typeof ZSystemInfo>;
