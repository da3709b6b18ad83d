import type { RouterOutputs } from '@saffron/client';
import { useSaffron } from '@saffron/client/react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { filesClient } from '../../lib/api.ts';
import { minutes } from '../../lib/format.ts';
import { draftFrom } from '../recipes/recipe-draft.ts';
import { RecipeForm } from '../recipes/recipe-form.tsx';
import { useAfterSave } from '../recipes/use-after-save.ts';

export type ImportPreview = RouterOutputs['imports']['fromUrl'];
type ImportedRecipe = ImportPreview['recipe'];

const hostOf = (url: string | undefined) => (url ? new URL(url).hostname : undefined);

/** What was read, in a line of facts a person can check at a glance. */
export function readFacts(recipe: ImportedRecipe): string[] {
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return [
    count(recipe.ingredients.length, 'ingredient'),
    count(recipe.steps.length, 'step'),
    recipe.servings !== undefined && `serves ${recipe.servings}`,
    recipe.prepMinutes !== undefined && `prep ${minutes(recipe.prepMinutes)}`,
    recipe.cookMinutes !== undefined && `cook ${minutes(recipe.cookMinutes)}`,
    recipe.totalMinutes !== undefined && `total ${minutes(recipe.totalMinutes)}`,
    recipe.imageUrl && 'a photo',
  ].filter((fact): fact is string => Boolean(fact));
}

function ReadSummary({ preview }: { preview: ImportPreview }) {
  const { recipe, warnings } = preview;
  return (
    <div className="space-y-3">
      <Alert tone="success">
        <p>
          Read from <strong>{hostOf(recipe.sourceUrl) ?? 'the page'}</strong>:{' '}
          {readFacts(recipe).join(' · ')}. Check it below, change what you like, then save.
        </p>
      </Alert>
      {warnings.length > 0 && (
        <Alert>
          <p className="font-medium">Worth a look:</p>
          <ul className="list-disc pl-5">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}

function PhotoChoice({
  imageUrl,
  checked,
  onChange,
}: {
  imageUrl: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <fieldset className="space-y-2">
      <legend className="text-lg font-semibold">Photo</legend>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          className="mt-1 size-5 accent-brand-700"
        />
        <label htmlFor={id}>
          Keep the page’s photo with the recipe
          <span className="block text-sm break-all text-stone-600 dark:text-stone-400">
            {imageUrl}
          </span>
        </label>
      </div>
    </fieldset>
  );
}

/**
 * An import's preview as the recipe form, filled in: saved with recipes.create, and its photo
 * then fetched by the files service (the same safe fetcher) into the new recipe.
 */
export function ImportReview({ preview }: { preview: ImportPreview }) {
  const saffron = useSaffron();
  const toast = useToast();
  const navigate = useNavigate();
  const afterSave = useAfterSave();
  const { imageUrl } = preview.recipe;
  const [keepPhoto, setKeepPhoto] = useState(Boolean(imageUrl));
  const create = useMutation(
    saffron.recipes.create.mutationOptions({
      onSuccess: async (recipe) => {
        if (!keepPhoto || !imageUrl) return afterSave(recipe);
        try {
          const photos = await filesClient.photoFromUrl(recipe.id, imageUrl);
          await afterSave({ ...recipe, attachments: [...recipe.attachments, ...photos] });
        } catch (error) {
          toast({
            tone: 'error',
            message: `The recipe is saved, but its photo could not be brought in: ${
              error instanceof Error ? error.message : 'try adding it yourself'
            }`,
          });
          await afterSave(recipe);
        }
      },
    }),
  );
  return (
    <RecipeForm
      title="Review the imported recipe"
      intro={<ReadSummary preview={preview} />}
      initial={() => draftFrom(preview.recipe)}
      submitLabel="Save recipe"
      busy={create.isPending}
      onSubmit={(input, showServerErrors) => create.mutate(input, { onError: showServerErrors })}
      onCancel={() => void navigate({ to: '/' })}
      attachments={
        imageUrl && <PhotoChoice imageUrl={imageUrl} checked={keepPhoto} onChange={setKeepPhoto} />
      }
    />
  );
}
