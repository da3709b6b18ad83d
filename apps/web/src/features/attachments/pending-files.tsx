import { Button } from '../../components/ui/button.tsx';
import { fileSize } from '../../lib/format.ts';
import { AttachmentPicker } from './attachment-picker.tsx';

/** Files chosen on the new-recipe form: they upload once the recipe is saved. */
export function PendingFiles({
  files,
  onChange,
}: {
  files: File[];
  onChange: (files: File[]) => void;
}) {
  return (
    <section aria-labelledby="pending-files-title" className="space-y-3">
      <h2 id="pending-files-title" className="text-lg font-semibold">
        Photos and files
      </h2>
      {files.length > 0 && (
        <ul aria-label="Files to upload" className="space-y-1">
          {files.map((file, i) => (
            <li key={`${file.name}-${i}`} className="flex items-center gap-2">
              <span className="min-w-0 flex-1 truncate">{file.name}</span>
              <span className="text-sm text-stone-600 dark:text-stone-400">
                {fileSize(file.size)}
              </span>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${file.name}`}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <AttachmentPicker onFiles={(added) => onChange([...files, ...added])} />
      {files.length > 0 && (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          They upload when you save the recipe.
        </p>
      )}
    </section>
  );
}
