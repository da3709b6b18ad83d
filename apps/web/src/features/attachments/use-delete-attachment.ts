import { useSaffron } from '@saffron/client/react';
import type { TAttachment } from '@saffron/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useToast } from '../../components/ui/toast.tsx';
import { filesClient } from '../../lib/api.ts';

/** The file leaves the recipe at once; if the server refuses, it comes back, with a retry. */
export function useDeleteAttachment(recipeId: string) {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const toast = useToast();
  const recipeKey = saffron.recipes.byId.queryKey({ id: recipeId });

  const remove = useMutation({
    mutationFn: (attachment: TAttachment) => filesClient.delete(attachment),
    onMutate: async (attachment) => {
      await queryClient.cancelQueries({ queryKey: recipeKey });
      const previous = queryClient.getQueryData(recipeKey);
      queryClient.setQueryData(recipeKey, (recipe) =>
        recipe
          ? { ...recipe, attachments: recipe.attachments.filter((a) => a.id !== attachment.id) }
          : recipe,
      );
      return { previous };
    },
    onError: (error, attachment, context) => {
      queryClient.setQueryData(recipeKey, context?.previous);
      toast({
        tone: 'error',
        message: `Could not delete “${attachment.filename}”: ${error.message}`,
        action: { label: 'Retry', onClick: () => remove.mutate(attachment) },
      });
    },
    onSuccess: (_, attachment) =>
      toast({ tone: 'success', message: `Deleted “${attachment.filename}”.` }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: recipeKey }),
  });
  return remove;
}
