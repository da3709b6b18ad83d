import { z } from 'zod';
import { ZId } from './common.ts';

export const ZAttachment = z.object({
  id: ZId,
  filename: z.string(),
  contentType: z.string(),
  size: z.int().nonnegative(),
  url: z.string(),
  thumbnailUrl: z.string().optional(),
});
export type TAttachment = z.infer<typeof ZAttachment>;
