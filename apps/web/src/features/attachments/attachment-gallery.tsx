import type { TAttachment } from '@saffron/shared';
import { isInlineImage } from '@saffron/shared/attachments';
import { useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { icon } from '../../components/ui/icon.tsx';
import { fileSize } from '../../lib/format.ts';
import { ImageViewer } from './image-viewer.tsx';
import { useDeleteAttachment } from './use-delete-attachment.ts';

const FILE_ICON = icon(
  'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5Zm0 0v5h5M9 13h6M9 17h6',
);
const LINK_CLASS = 'font-medium text-brand-700 underline dark:text-brand-500';

/**
 * Pictures as square thumbnails (the box is sized before the image arrives, so nothing
 * moves when it does), other files as a list; each can be downloaded or deleted.
 */
export function AttachmentGallery({
  recipeId,
  attachments,
}: {
  recipeId: string;
  attachments: TAttachment[];
}) {
  const images = attachments.filter((attachment) => isInlineImage(attachment.contentType));
  const others = attachments.filter((attachment) => !isInlineImage(attachment.contentType));
  const [viewing, setViewing] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<TAttachment>();
  const remove = useDeleteAttachment(recipeId);

  return (
    <>
      {images.length > 0 && (
        <ul aria-label="Photos" className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {images.map((image, i) => (
            <li key={image.id} className="group relative">
              <button
                type="button"
                onClick={() => setViewing(i)}
                aria-label={`View ${image.filename}`}
                className="block aspect-square w-full overflow-hidden rounded-lg bg-stone-200 dark:bg-stone-800"
              >
                <img
                  src={image.thumbnailUrl ?? image.url}
                  alt={image.filename}
                  width={320}
                  height={320}
                  loading="lazy"
                  decoding="async"
                  className="h-full w-full object-cover"
                />
              </button>
              <Button
                size="sm"
                variant="secondary"
                aria-label={`Delete ${image.filename}`}
                onClick={() => setDeleting(image)}
                className="absolute top-2 right-2 opacity-90"
              >
                Delete
              </Button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <ul aria-label="Files" className="divide-y divide-stone-200 dark:divide-stone-800">
          {others.map((file) => (
            <li key={file.id} className="flex items-center gap-3 py-2">
              {FILE_ICON}
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{file.filename}</span>
                <span className="text-sm text-stone-600 dark:text-stone-400">
                  {fileSize(file.size)}
                </span>
              </span>
              <a href={file.url} download={file.filename} className={LINK_CLASS}>
                Download
              </a>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Delete ${file.filename}`}
                onClick={() => setDeleting(file)}
              >
                Delete
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ImageViewer
        images={images}
        index={viewing}
        onIndex={setViewing}
        onClose={() => setViewing(null)}
      />
      <ConfirmDialog
        open={deleting !== undefined}
        title={`Delete “${deleting?.filename ?? ''}”?`}
        confirmLabel="Delete file"
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(undefined)}
      >
        <p>The file is removed from this recipe for good.</p>
      </ConfirmDialog>
    </>
  );
}
