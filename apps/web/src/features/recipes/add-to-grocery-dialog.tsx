import { useSaffron } from '@saffron/client/react';
import type { TRecipe } from '@saffron/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { controlClass } from '../../components/ui/field.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { previewGroceryAdd } from './grocery-preview.ts';
import { useRecipeLanguage } from './use-recipe-language.ts';

/** The servings to send (what the recipe page is scaled to), the list as it will read, and send. */
export function AddToGroceryDialog({
  recipe,
  servings: initial,
  onClose,
}: {
  recipe: TRecipe;
  servings?: number | undefined;
  onClose: () => void;
}) {
  const language = useRecipeLanguage();
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const toast = useToast();
  const servingsId = useId();
  const [servings, setServings] = useState(initial ?? recipe.servings ?? 1);
  const list = useQuery(saffron.grocery.list.queryOptions());
  const add = useMutation(
    saffron.grocery.addFromRecipe.mutationOptions({
      onSuccess: (changes) => {
        // The next preview must merge with the list as it is now, not as cached before the add.
        void queryClient.invalidateQueries({ queryKey: saffron.grocery.list.queryKey() });
        toast({
          tone: 'success',
          message: `Added to your grocery list (${changes.items.length} line${changes.items.length === 1 ? '' : 's'}).`,
        });
        onClose();
      },
      onError: (error) =>
        toast({ tone: 'error', message: `Could not add to the grocery list: ${error.message}` }),
    }),
  );
  const preview = list.data
    ? previewGroceryAdd(recipe, recipe.servings ? servings : undefined, list.data.items, language)
    : [];
  return (
    <Dialog open title={`Add “${recipe.name}” to the grocery list`} onClose={onClose}>
      {recipe.servings !== undefined && (
        <div className="flex items-center gap-3">
          <label htmlFor={servingsId} className="font-medium">
            Servings
          </label>
          <input
            id={servingsId}
            type="number"
            min={1}
            max={1000}
            value={servings}
            onChange={(event) => setServings(Math.max(1, Number(event.target.value) || 1))}
            className={controlClass({ extra: 'w-24' })}
          />
          <span className="text-sm text-stone-600 dark:text-stone-400">
            recipe makes {recipe.servings}
          </span>
        </div>
      )}
      {list.isPending ? (
        <p aria-busy="true">Loading your list…</p>
      ) : (
        <ul aria-label="What will be added" className="max-h-72 space-y-1 overflow-auto">
          {preview.map((line) => (
            <li key={line.name} className="flex justify-between gap-3">
              <span>
                {line.name}
                {line.merged && (
                  <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
                    joins your list
                  </span>
                )}
              </span>
              <span className="text-stone-600 tabular-nums dark:text-stone-400">{line.result}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button
          busy={add.isPending}
          onClick={() =>
            add.mutate({ recipeId: recipe.id, ...(recipe.servings ? { servings } : {}) })
          }
        >
          Add to list
        </Button>
      </div>
    </Dialog>
  );
}
