import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { filesClient } from '../../lib/api.ts';
import { fileSize } from '../../lib/format.ts';
import { importFailure } from './import-failure.ts';
import { JobProgress } from './job-progress.tsx';

type Upload =
  | { state: 'idle' }
  | { state: 'uploading'; file: File; loaded: number; abort: () => void }
  | { state: 'failed'; message: string }
  | { state: 'importing'; jobId: string };

const ACCEPT = '.zip,.json,.paprikarecipes,application/zip,application/json';

/**
 * Another app's export, uploaded with its progress to the files service, which reads it in the
 * background; the import's progress then says what came in and what was skipped, and why.
 */
export function MovingInCard() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setUpload({ state: 'failed', message: 'Choose an export file first.' });
    const request = filesClient.importArchive(file, (loaded) =>
      setUpload((now) => (now.state === 'uploading' ? { ...now, loaded } : now)),
    );
    setUpload({ state: 'uploading', file, loaded: 0, abort: request.abort });
    request.done.then(
      ({ id: jobId }) => setUpload({ state: 'importing', jobId }),
      (error: unknown) => setUpload({ state: 'failed', message: importFailure(error) }),
    );
  };

  if (upload.state === 'importing')
    return (
      <div className="space-y-4">
        <JobProgress jobId={upload.jobId} />
        <Button variant="secondary" onClick={() => setUpload({ state: 'idle' })}>
          Import another export
        </Button>
      </div>
    );
  const uploading = upload.state === 'uploading' ? upload : undefined;
  const percent = uploading
    ? Math.round((uploading.loaded / Math.max(uploading.file.size, 1)) * 100)
    : 0;
  return (
    <form onSubmit={submit} className="space-y-3">
      <p className="text-stone-700 dark:text-stone-300">
        Bring your recipes, with their photos, from Mealie, Tandoor, Paprika (.paprikarecipes),
        Nextcloud Cookbook, any zip or JSON of schema.org recipes, or a Saffron export.
      </p>
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium">
          Export file
        </label>
        <input
          id={id}
          ref={input}
          type="file"
          accept={ACCEPT}
          disabled={Boolean(uploading)}
          onChange={() => setUpload({ state: 'idle' })}
          className="block w-full text-sm file:mr-3 file:min-h-10 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4 file:font-medium dark:file:border-stone-700 dark:file:bg-stone-900 dark:file:text-stone-100"
        />
      </div>
      {uploading && (
        <div className="space-y-1">
          <p className="text-sm" aria-live="polite">
            Uploading {uploading.file.name}: {percent}% of {fileSize(uploading.file.size)}
          </p>
          <ProgressBar label={`Uploading ${uploading.file.name}`} percent={percent} />
        </div>
      )}
      {upload.state === 'failed' && <Alert tone="error">{upload.message}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" busy={Boolean(uploading)}>
          Upload and import
        </Button>
        {uploading && (
          <Button variant="ghost" onClick={uploading.abort}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
