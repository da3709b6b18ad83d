import type { FilesClient, FilesError, UploadRequest } from '@saffron/client/files';
import type { TAttachment } from '@saffron/shared';

export type UploadStatus = 'queued' | 'uploading' | 'failed';

export interface Upload {
  key: string;
  recipeId: string;
  file: File;
  loaded: number;
  status: UploadStatus;
  error?: string;
}

export interface UploadQueueDeps {
  upload: FilesClient['upload'];
  onUploaded: (recipeId: string, attachments: TAttachment[]) => void;
  onUnauthorized: () => void;
  /** Uploads running at once; the rest wait their turn. */
  concurrency?: number;
}

let counter = 0;

/**
 * Files on their way to recipes. It lives outside any screen, so an upload started on the
 * new-recipe form goes on while the person looks at the saved recipe. Finished uploads
 * leave the queue (the recipe shows them); failed ones stay with their reason and a retry.
 */
export class UploadQueue {
  #uploads: Upload[] = [];
  #running = new Map<string, UploadRequest>();
  #listeners = new Set<() => void>();
  readonly #deps: UploadQueueDeps;

  constructor(deps: UploadQueueDeps) {
    this.#deps = deps;
  }

  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
  getUploads = () => this.#uploads;

  add(recipeId: string, files: readonly File[]) {
    const added = files.map((file) => ({
      key: `upload-${counter++}`,
      recipeId,
      file,
      loaded: 0,
      status: 'queued' as const,
    }));
    this.#set([...this.#uploads, ...added]);
    this.#pump();
  }

  retry(key: string) {
    this.#update(key, { status: 'queued', loaded: 0, error: undefined });
    this.#pump();
  }

  /** Stops an upload, or forgets a failed one. */
  cancel(key: string) {
    this.#running.get(key)?.abort();
    this.#running.delete(key);
    this.#set(this.#uploads.filter((upload) => upload.key !== key));
    this.#pump();
  }

  #pump() {
    const limit = this.#deps.concurrency ?? 2;
    for (const next of this.#uploads.filter((upload) => upload.status === 'queued')) {
      if (this.#running.size >= limit) return;
      this.#start(next);
    }
  }

  #start({ key, recipeId, file }: Upload) {
    const request = this.#deps.upload(recipeId, file, (loaded) => this.#update(key, { loaded }));
    this.#running.set(key, request);
    this.#update(key, { status: 'uploading' });
    request.done.then(
      (attachments) => {
        if (!this.#running.delete(key)) return;
        this.#set(this.#uploads.filter((upload) => upload.key !== key));
        this.#deps.onUploaded(recipeId, attachments);
        this.#pump();
      },
      (error: FilesError) => {
        if (!this.#running.delete(key)) return; // cancelled
        if (error.status === 401) this.#deps.onUnauthorized();
        this.#update(key, { status: 'failed', error: error.message });
        this.#pump();
      },
    );
  }

  #update(key: string, changes: Partial<Upload>) {
    this.#set(
      this.#uploads.map((upload) => (upload.key === key ? { ...upload, ...changes } : upload)),
    );
  }

  #set(uploads: Upload[]) {
    this.#uploads = uploads;
    this.#listeners.forEach((listener) => listener());
  }
}
