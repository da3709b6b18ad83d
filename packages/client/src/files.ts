import { filesPaths, ZErrorAnswer, ZUploadAnswer, type TAttachment } from '@saffron/shared';
import { authorizationHeader, type TokenOption } from './token.ts';

/** A refusal from the files service, with its HTTP status (0 when it could not be reached). */
export class FilesError extends Error {
  override readonly name = 'FilesError';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  0: 'Could not reach Saffron. Check your connection and try again.',
  401: 'Your session has ended. Sign in again.',
  404: 'This recipe or file no longer exists.',
  413: 'This file is larger than the server accepts.',
  503: 'File storage is unavailable for a moment. Try again shortly.',
};

function parsedJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined; // not JSON (a proxy's error page)
  }
}

/** The service's own message when it sent one (never a 500's), else a plain sentence. */
function refusal(status: number, body: string): FilesError {
  const answer = ZErrorAnswer.safeParse(parsedJson(body));
  const message = answer.success && status !== 500 ? answer.data.error.message : undefined;
  return new FilesError(
    status,
    message || FALLBACK_MESSAGES[status] || 'The upload failed. Try again.',
  );
}

/** An upload's answer, checked against the shared schema rather than trusted. */
function uploadAnswer(status: number, body: string): TAttachment[] | FilesError {
  if (status !== 201) return refusal(status, body);
  const answer = ZUploadAnswer.safeParse(parsedJson(body));
  return answer.success
    ? answer.data
    : new FilesError(502, 'Saffron answered the upload in a way this app does not understand.');
}

export type UploadProgress = (loaded: number, total: number) => void;

export interface UploadRequest {
  done: Promise<TAttachment[]>;
  abort: () => void;
}

export interface FilesClientOptions {
  /** Where Saffron is served ("" in the browser: same origin). */
  baseUrl: string;
  token?: TokenOption;
  fetch?: typeof globalThis.fetch;
}

/** What an upload uses of XMLHttpRequest, which browsers have and Node does not. */
interface ProgressRequest {
  upload: { onprogress: ((event: { loaded: number; total: number }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  readonly status: number;
  readonly responseText: string;
  open: (method: string, url: string) => void;
  setRequestHeader: (name: string, value: string) => void;
  send: (body: FormData) => void;
  abort: () => void;
}

/** Upload progress needs XMLHttpRequest; without one, fetch reports it once, when the file is in. */
const browserXhr = () =>
  Reflect.get(globalThis, 'XMLHttpRequest') as (new () => ProgressRequest) | undefined;

function formWith(file: File): FormData {
  const body = new FormData();
  body.append('file', file, file.name);
  return body;
}

/** XMLHttpRequest rather than fetch: only it reports upload progress. */
function uploadWithXhr(
  Xhr: new () => ProgressRequest,
  request: { url: string; headers: Record<string, string>; file: File },
  onProgress: UploadProgress,
): UploadRequest {
  const xhr = new Xhr();
  const done = new Promise<TAttachment[]>((resolve, reject) => {
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.total || request.file.size);
    xhr.onload = () => {
      const answer = uploadAnswer(xhr.status, xhr.responseText);
      if (answer instanceof FilesError) reject(answer);
      else resolve(answer);
    };
    xhr.onerror = () => reject(refusal(0, ''));
    xhr.onabort = () => reject(new FilesError(0, 'Cancelled'));
  });
  xhr.open('POST', request.url);
  for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
  xhr.send(formWith(request.file));
  return { done, abort: () => xhr.abort() };
}

function uploadWithFetch(
  fetch: typeof globalThis.fetch,
  request: { url: string; headers: Record<string, string>; file: File },
  onProgress: UploadProgress,
): UploadRequest {
  const controller = new AbortController();
  const send = async () => {
    let status: number;
    let body: string;
    try {
      const response = await fetch(request.url, {
        method: 'POST',
        headers: request.headers,
        body: formWith(request.file),
        signal: controller.signal,
      });
      status = response.status;
      body = await response.text();
    } catch {
      throw controller.signal.aborted ? new FilesError(0, 'Cancelled') : refusal(0, '');
    }
    const answer = uploadAnswer(status, body);
    if (answer instanceof FilesError) throw answer;
    onProgress(request.file.size, request.file.size);
    return answer;
  };
  return { done: send(), abort: () => controller.abort() };
}

/**
 * The typed client of the files service (plain HTTP, not tRPC): addresses, uploads with
 * progress and deletion. Answers are checked against the shared schemas; refusals become
 * a FilesError with the status and a message fit to show.
 */
export function createFilesClient(options: FilesClientOptions) {
  const base = options.baseUrl.replace(/\/$/, '');
  const fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
  const urls = {
    upload: (recipeId: string) => base + filesPaths.upload(recipeId),
    attachment: (id: string) => base + filesPaths.attachment(id),
    thumbnail: (id: string) => base + filesPaths.thumbnail(id),
  };
  return {
    urls,
    /** One file to a recipe, streamed as multipart. */
    upload: (recipeId: string, file: File, onProgress: UploadProgress): UploadRequest => {
      const request = {
        url: urls.upload(recipeId),
        headers: authorizationHeader(options.token),
        file,
      };
      const Xhr = browserXhr();
      return Xhr
        ? uploadWithXhr(Xhr, request, onProgress)
        : uploadWithFetch(fetch, request, onProgress);
    },
    delete: async (attachment: Pick<TAttachment, 'id'>): Promise<void> => {
      let response: Response;
      try {
        response = await fetch(urls.attachment(attachment.id), {
          method: 'DELETE',
          headers: authorizationHeader(options.token),
        });
      } catch {
        throw refusal(0, '');
      }
      if (!response.ok) throw refusal(response.status, await response.text());
    },
  };
}

export type FilesClient = ReturnType<typeof createFilesClient>;
