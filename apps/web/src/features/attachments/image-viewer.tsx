import type { TAttachment } from '@saffron/shared';
import type { KeyboardEvent } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';

/** One picture at full size; arrow keys or the buttons move through the recipe's pictures. */
export function ImageViewer({
  images,
  index,
  onIndex,
  onClose,
}: {
  images: TAttachment[];
  index: number | null;
  onIndex: (index: number) => void;
  onClose: () => void;
}) {
  const image = index === null ? undefined : images[index];
  const step = (by: number) =>
    index !== null && onIndex((index + by + images.length) % images.length);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') step(1);
    if (event.key === 'ArrowLeft') step(-1);
  };
  return (
    <Dialog open={image !== undefined} title={image?.filename ?? ''} onClose={onClose} wide>
      {image && (
        <div onKeyDown={onKeyDown} className="space-y-4">
          <img
            src={image.url}
            alt={image.filename}
            className="mx-auto max-h-[70vh] w-auto rounded-lg object-contain"
          />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="text-sm text-stone-600 dark:text-stone-400">
              {index! + 1} of {images.length}
            </span>
            <div className="flex gap-2">
              {images.length > 1 && (
                <>
                  <Button variant="secondary" onClick={() => step(-1)}>
                    Previous
                  </Button>
                  <Button variant="secondary" onClick={() => step(1)}>
                    Next
                  </Button>
                </>
              )}
              <a
                href={image.url}
                download={image.filename}
                className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 font-medium hover:bg-stone-100 md:min-h-10 dark:border-stone-700 dark:hover:bg-stone-800"
              >
                Download
              </a>
              <Button autoFocus onClick={onClose}>
                Close
              </Button>
            </div>
          </div>
        </div>
      )}
    </Dialog>
  );
}
