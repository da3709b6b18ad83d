import { useSaffron } from '@saffron/client/react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { PendingFiles } from '../attachments/pending-files.tsx';
import { awaitingThumbnails, RecipeAttachments } from '../attachments/recipe-attachments.tsx';
import { useUploadLater } from '../attachments/uploads-context.tsx';
import { Card } from '../../components/ui/card.tsx';
import { SkeletonLines } from '../../components/ui/skeleton.tsx';
import { PasteLinkForm } from '../imports/paste-link-form.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { draftFrom, emptyDraft } from './recipe-draft.ts';
import { RecipeForm } from './recipe-form.tsx';
import { useAfterSave } from './use-after-save.ts';

export function NewRecipePage() {
  const saffron = useSaffron();
  const router = useRouter();
  const afterSave = useAfterSave();
  const uploadLater = useUploadLater();
  const [files, setFiles] = useState<File[]>([]);
  const create = useMutation(
    saffron.recipes.create.mutationOptions({
      onSuccess: async (recipe) => {
        uploadLater(recipe.id, files);
        await afterSave(recipe);
      },
    }),
  );
  return (
    <RecipeForm
      title="New recipe"
      initial={emptyDraft}
      submitLabel="Save recipe"
      busy={create.isPending}
      onSubmit={(input, showServerErrors) => create.mutate(input, { onError: showServerErrors })}
      onCancel={() => router.history.back()}
      attachments={<PendingFiles files={files} onChange={setFiles} />}
      intro={
        <Card>
          <PasteLinkForm label="On a web page? Paste its link to import it instead" />
        </Card>
      }
    />
  );
}

export function EditRecipePage() {
  const { recipeId } = useParams({ from: '/_app/_recipes/recipes/$recipeId/edit' });
  const saffron = useSaffron();
  const toast = useToast();
  const navigate = useNavigate();
  const afterSave = useAfterSave();
  const recipe = useQuery({
    ...saffron.recipes.byId.queryOptions({ id: recipeId }),
    refetchInterval: awaitingThumbnails,
  });
  const update = useMutation(
    saffron.recipes.update.mutationOptions({
      onSuccess: async (saved) => {
        toast({ tone: 'success', message: 'Saved.' });
        await afterSave(saved);
      },
    }),
  );
  const saved = recipe.data;
  if (!saved) {
    if (recipe.isPending) return <SkeletonLines lines={10} label="Loading the recipe" />;
    return <p role="alert">Could not load this recipe: {recipe.error?.message}</p>;
  }
  return (
    <RecipeForm
      title={`Edit ${saved.name}`}
      initial={() => draftFrom(saved)}
      submitLabel="Save changes"
      busy={update.isPending}
      onSubmit={(input, showServerErrors) =>
        update.mutate({ id: recipeId, ...input }, { onError: showServerErrors })
      }
      onCancel={() => void navigate({ to: '/recipes/$recipeId', params: { recipeId } })}
      attachments={<RecipeAttachments recipe={saved} />}
    />
  );
}
