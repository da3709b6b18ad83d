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
  /** The first-admin screen asks for the setup token from the api's log (production). */
  setupTokenRequired: z.boolean(),
});
export type TSystemInfo = z.infer<typeof ZSystemInfo>;
