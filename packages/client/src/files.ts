import {
  filesPaths,
  ZErrorAnswer,
  ZImportJobId,
  ZUploadAnswer,
  type TAttachment,
} from '@saffron/shared';
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

interface Schema<T> {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false };
}

/** An answer with the status expected, checked against the shared schema rather than trusted. */
function checkedAnswer<T>(schema: Schema<T>, expected: number) {
  return (status: number, body: string): T | FilesError => {
    if (status !== expected) return refusal(status, body);
    const answer = schema.safeParse(parsedJson(body));
    return answer.success
      ? answer.data
      : new FilesError(502, 'Saffron answered in a way this app does not understand.');
  };
}

const uploadAnswer = checkedAnswer(ZUploadAnswer, 201);
/** An archive accepted for import: the job that reads it (`imports.job`). */
const archiveAnswer = checkedAnswer(ZImportJobId, 202);
type Answer<T> = (status: number, body: string) => T | FilesError;

export type UploadProgress = (loaded: number, total: number) => void;

export interface UploadRequest<T = TAttachment[]> {
  done: Promise<T>;
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
interface FileRequest<T> {
  url: string;
  headers: Record<string, string>;
  file: File;
  answer: Answer<T>;
}

function uploadWithXhr<T>(
  Xhr: new () => ProgressRequest,
  request: FileRequest<T>,
  onProgress: UploadProgress,
): UploadRequest<T> {
  const xhr = new Xhr();
  const done = new Promise<T>((resolve, reject) => {
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.total || request.file.size);
    xhr.onload = () => {
      const answer = request.answer(xhr.status, xhr.responseText);
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

function uploadWithFetch<T>(
  fetch: typeof globalThis.fetch,
  request: FileRequest<T>,
  onProgress: UploadProgress,
): UploadRequest<T> {
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
    const answer = request.answer(status, body);
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
    /** A link to download the whole collection (the session cookie goes with it). */
    export: base + filesPaths.export,
  };
  const sendFile = <T>(url: string, file: File, answer: Answer<T>, onProgress: UploadProgress) => {
    const request = { url, headers: authorizationHeader(options.token), file, answer };
    const Xhr = browserXhr();
    return Xhr
      ? uploadWithXhr(Xhr, request, onProgress)
      : uploadWithFetch(fetch, request, onProgress);
  };
  /** A call that answers JSON, with network failures and refusals as a FilesError. */
  const call = async <T>(url: string, init: RequestInit, answer: Answer<T>): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(url, {
        ...init,
        headers: { ...authorizationHeader(options.token), ...init.headers },
      });
    } catch {
      throw refusal(0, '');
    }
    const checked = answer(response.status, await response.text());
    if (checked instanceof FilesError) throw checked;
    return checked;
  };
  return {
    urls,
    /** One file to a recipe, streamed as multipart. */
    upload: (recipeId: string, file: File, onProgress: UploadProgress): UploadRequest =>
      sendFile(urls.upload(recipeId), file, uploadAnswer, onProgress),
    /** Another app's export, streamed; the answer names the import job that reads it. */
    importArchive: (file: File, onProgress: UploadProgress): UploadRequest<{ id: string }> =>
      sendFile(base + filesPaths.imports, file, archiveAnswer, onProgress),
    /** The photo at a link (an imported page's), fetched by the server into the recipe. */
    photoFromUrl: (recipeId: string, url: string): Promise<TAttachment[]> =>
      call(
        base + filesPaths.photoFromUrl(recipeId),
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ url }),
        },
        uploadAnswer,
      ),
    delete: (attachment: Pick<TAttachment, 'id'>): Promise<void> =>
      call(urls.attachment(attachment.id), { method: 'DELETE' }, (status, body) =>
        status >= 200 && status < 300 ? undefined : refusal(status, body),
      ),
  };
}

export type FilesClient = ReturnType<typeof createFilesClient>;
