import { Readable } from 'node:stream';
import type { SafeFetcher } from '@saffron/service';
import type { TAttachment } from '@saffron/shared';
import { uploadAttachments, type UploadDeps } from '../attachments/upload-attachments.ts';

/** "https://site/img/soup-1200.jpg?w=1" → "soup-1200.jpg": a name a person recognises. */
function filenameOf(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).at(-1);
    return last ? decodeURIComponent(last) : 'photo';
  } catch {
    return 'photo';
  }
}

/**
 * A recipe's photo from a link: fetched through the one safe fetcher (public addresses only,
 * images only, size and time capped), then stored like any upload (type sniffed, checksummed).
 */
export async function attachPhotoFromUrl(
  deps: UploadDeps & { fetcher: SafeFetcher },
  { ownerId, recipeId, url }: { ownerId: string; recipeId: string; url: string },
): Promise<TAttachment[]> {
  const image = await deps.fetcher.fetch(url, { kind: 'image' });
  const part = {
    type: 'file' as const,
    fieldname: 'file',
    filename: filenameOf(image.url),
    file: Readable.from([image.body]),
  };
  return uploadAttachments(deps, { ownerId, recipeId, parts: [part] });
}
