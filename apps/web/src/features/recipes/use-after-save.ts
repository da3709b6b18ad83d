import { useSaffron } from '@saffron/client/react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';

/** After a save: the recipe is cached as saved, and every search result list is refreshed. */
export function useAfterSave() {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async <T extends { id: string }>(recipe: T) => {
    queryClient.setQueryData(saffron.recipes.byId.queryKey({ id: recipe.id }), recipe as never);
    await queryClient.invalidateQueries({ queryKey: saffron.recipes.search.pathKey() });
    await navigate({ to: '/recipes/$recipeId', params: { recipeId: recipe.id } });
  };
}
