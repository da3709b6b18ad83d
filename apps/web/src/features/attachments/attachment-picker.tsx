import { useId, useState, type DragEvent } from 'react';
import { cn } from '../../lib/cn.ts';

/** Drop files here, or pick them: the picker is a real file input, reachable by keyboard. */
export function AttachmentPicker({ onFiles }: { onFiles: (files: File[]) => void }) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      className={cn(
        'flex flex-col items-center gap-2 rounded-xl border-2 border-dashed px-4 py-5 text-center transition-colors',
        dragging
          ? 'border-brand-600 bg-brand-50 dark:bg-stone-800'
          : 'border-stone-300 dark:border-stone-700',
      )}
    >
      <input
        id={inputId}
        type="file"
        multiple
        className="peer sr-only"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = ''; // choosing the same file again still counts
          if (files.length > 0) onFiles(files);
        }}
      />
      <label
        htmlFor={inputId}
        className="inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-stone-300 bg-white px-4 font-medium peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 hover:bg-stone-100 md:min-h-10 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800"
      >
        Add photos or files
      </label>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        or drop them here: photos, scanned cards, PDFs, anything.
      </p>
    </div>
  );
}
