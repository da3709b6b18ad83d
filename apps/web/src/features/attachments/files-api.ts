import { filesPaths, type TAttachment } from '@saffron/shared';
import { FilesError } from '../../lib/errors.ts';

const FALLBACK_MESSAGES: Record<number, string> = {
  0: 'Could not reach Saffron. Check your connection and try again.',
  401: 'Your session has ended. Sign in again.',
  404: 'This recipe or file no longer exists.',
  413: 'This file is larger than the server accepts.',
  503: 'File storage is unavailable for a moment. Try again shortly.',
};

/** The files service answers `{ error: { message } }`; anything else gets a plain sentence. */
function errorFrom(status: number, body: string): FilesError {
  let message: string | undefined;
  try {
    message = (JSON.parse(body) as { error?: { message?: string } }).error?.message;
  } catch {
    // not JSON (a proxy's error page): use our own words
  }
  return new FilesError(
    status,
    (status !== 500 && message) || FALLBACK_MESSAGES[status] || 'The upload failed. Try again.',
  );
}

export interface UploadRequest {
  done: Promise<TAttachment[]>;
  abort: () => void;
}

/**
 * One file to a recipe, streamed as multipart. XMLHttpRequest rather than fetch because
 * only it reports upload progress.
 */
export function uploadFile(
  recipeId: string,
  file: File,
  onProgress: (loaded: number, total: number) => void,
): UploadRequest {
  const xhr = new XMLHttpRequest();
  const done = new Promise<TAttachment[]>((resolve, reject) => {
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.total || file.size);
    xhr.onload = () => {
      if (xhr.status === 201) resolve(JSON.parse(xhr.responseText) as TAttachment[]);
      else reject(errorFrom(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(errorFrom(0, ''));
    xhr.onabort = () => reject(new FilesError(0, 'Cancelled'));
  });
  const body = new FormData();
  body.append('file', file, file.name);
  xhr.open('POST', filesPaths.upload(recipeId));
  xhr.send(body);
  return { done, abort: () => xhr.abort() };
}

/** Deletes at the attachment's own address, as the server gave it. */
export async function deleteAttachment(attachment: Pick<TAttachment, 'url'>): Promise<void> {
  let response: Response;
  try {
    response = await fetch(attachment.url, { method: 'DELETE' });
  } catch {
    throw errorFrom(0, '');
  }
  if (!response.ok) throw errorFrom(response.status, await response.text());
}
