import { Button } from '../../components/ui/button.tsx';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { fileSize } from '../../lib/format.ts';
import type { Upload } from './upload-queue.ts';

function UploadRow({
  upload,
  onRetry,
  onCancel,
}: {
  upload: Upload;
  onRetry: () => void;
  onCancel: () => void;
}) {
  const percent = Math.round((upload.loaded / Math.max(upload.file.size, 1)) * 100);
  const failed = upload.status === 'failed';
  return (
    <li className="space-y-1 rounded-lg border border-stone-200 p-3 dark:border-stone-800">
      <div className="flex items-center gap-2">
        <span className="min-w-0 flex-1 truncate font-medium">{upload.file.name}</span>
        <span className="text-sm text-stone-600 dark:text-stone-400">
          {failed ? fileSize(upload.file.size) : `${percent}% of ${fileSize(upload.file.size)}`}
        </span>
        {failed && (
          <Button size="sm" variant="secondary" onClick={onRetry}>
            Retry
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={onCancel}>
          {failed ? 'Dismiss' : 'Cancel'}
        </Button>
      </div>
      {failed ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {upload.error}
        </p>
      ) : (
        <ProgressBar label={`Uploading ${upload.file.name}`} percent={percent} />
      )}
    </li>
  );
}

/** One row per file on its way, with its progress, or why it failed and a retry. */
export function UploadProgressList({
  uploads,
  onRetry,
  onCancel,
}: {
  uploads: Upload[];
  onRetry: (key: string) => void;
  onCancel: (key: string) => void;
}) {
  if (uploads.length === 0) return null;
  return (
    <ul aria-label="Uploads" className="space-y-2">
      {uploads.map((upload) => (
        <UploadRow
          key={upload.key}
          upload={upload}
          onRetry={() => onRetry(upload.key)}
          onCancel={() => onCancel(upload.key)}
        />
      ))}
    </ul>
  );
}
