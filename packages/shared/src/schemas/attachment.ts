import { z } from 'zod';
import { filesPaths } from '../wire-paths.ts';
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

/** The files service's answer to an upload: the attachments it created, in the order sent. */
export const ZUploadAnswer = z.array(ZAttachment);

/** How the files service (and the request guard in front of every service) says no. */
export const ZErrorAnswer = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

/** Where the files service serves an attachment; api and files build the same URLs. */
export function attachmentUrls(
  id: string,
  hasThumbnail: boolean,
): Pick<TAttachment, 'url' | 'thumbnailUrl'> {
  const url = filesPaths.attachment(id);
  return hasThumbnail ? { url, thumbnailUrl: filesPaths.thumbnail(id) } : { url };
}

export interface AttachmentFacts {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  /** Only once a thumbnail is stored: it is made after the upload, in the background. */
  hasThumbnail: boolean;
}

/** The one wire shape of an attachment, from the files service's upload and `recipes.byId` alike. */
export function toAttachmentDto(facts: AttachmentFacts): TAttachment {
  return {
    id: facts.id,
    filename: facts.filename,
    contentType: facts.contentType,
    size: facts.size,
    ...attachmentUrls(facts.id, facts.hasThumbnail),
  };
}
