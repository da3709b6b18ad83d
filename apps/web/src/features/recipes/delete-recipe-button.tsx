import { useSaffron } from '@saffron/client/react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { useToast } from '../../components/ui/toast.tsx';

/**
 * Asks first. The recipe leaves the list at once; if the server refuses, it comes back and
 * the user is told why, with a retry.
 */
export function DeleteRecipeButton({ recipe }: { recipe: { id: string; name: string } }) {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const searchKey = saffron.recipes.search.pathKey();

  const remove = useMutation(
    saffron.recipes.delete.mutationOptions({
      onMutate: async () => {
        await queryClient.cancelQueries({ queryKey: searchKey });
        const previous = queryClient.getQueriesData({ queryKey: searchKey });
        queryClient.setQueriesData({ queryKey: searchKey }, (data: unknown) =>
          withoutRecipe(data, recipe.id),
        );
        return { previous };
      },
      onError: (error, input, context) => {
        context?.previous.forEach(([key, data]) => queryClient.setQueryData(key, data));
        toast({
          tone: 'error',
          message: `Could not delete “${recipe.name}”: ${error.message}`,
          action: { label: 'Retry', onClick: () => remove.mutate(input) },
        });
      },
      onSuccess: async () => {
        queryClient.removeQueries({ queryKey: saffron.recipes.byId.queryKey({ id: recipe.id }) });
        toast({ tone: 'success', message: `Deleted “${recipe.name}”.` });
        await navigate({ to: '/' });
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: searchKey }),
    }),
  );

  return (
    <>
      <Button variant="danger" busy={remove.isPending} onClick={() => setConfirming(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Delete “${recipe.name}”?`}
        confirmLabel="Delete recipe"
        onConfirm={() => remove.mutate({ id: recipe.id })}
        onClose={() => setConfirming(false)}
      >
        <p>The recipe and its attachments are deleted for good.</p>
      </ConfirmDialog>
    </>
  );
}

/** The cached infinite search pages without one recipe. */
function withoutRecipe(data: unknown, id: string): unknown {
  const pages = (data as { pages?: { items: { id: string }[] }[] } | undefined)?.pages;
  if (!pages) return data;
  return {
    ...(data as object),
    pages: pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== id) })),
  };
}
