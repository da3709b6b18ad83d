import type { TRecipe } from '@saffron/shared';
import { isInlineImage } from '@saffron/shared/attachments';
import { AttachmentGallery } from './attachment-gallery.tsx';
import { AttachmentPicker } from './attachment-picker.tsx';
import { UploadProgressList } from './upload-progress-list.tsx';
import { useRecipeUploads } from './uploads-context.tsx';

/** Thumbnails are made just after an upload: ask again until every picture has one. */
export function awaitingThumbnails(recipe: TRecipe | undefined): number | false {
  const waiting = recipe?.attachments.some(
    (attachment) => isInlineImage(attachment.contentType) && !attachment.thumbnailUrl,
  );
  return waiting ? 2_000 : false;
}

/** A saved recipe's photos and files: the gallery, uploads in progress, and the picker. */
export function RecipeAttachments({ recipe }: { recipe: TRecipe }) {
  const { uploads, add, retry, cancel } = useRecipeUploads(recipe.id);
  return (
    <section aria-labelledby="attachments-title" className="space-y-3">
      <h2 id="attachments-title" className="text-xl font-semibold">
        Photos and files
      </h2>
      <AttachmentGallery recipeId={recipe.id} attachments={recipe.attachments} />
      <UploadProgressList uploads={uploads} onRetry={retry} onCancel={cancel} />
      <AttachmentPicker onFiles={add} />
    </section>
  );
}
