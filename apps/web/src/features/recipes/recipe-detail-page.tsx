import { httpStatusOf } from '@saffron/client';
import { useSaffron } from '@saffron/client/react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { SkeletonLines } from '../../components/ui/skeleton.tsx';
import { awaitingThumbnails } from '../attachments/recipe-attachments.tsx';
import { RecipeView } from './recipe-view.tsx';

export function RecipeDetailPage() {
  const { recipeId } = useParams({ from: '/_app/_recipes/recipes/$recipeId' });
  const saffron = useSaffron();
  const recipe = useQuery({
    ...saffron.recipes.byId.queryOptions({ id: recipeId }),
    refetchInterval: awaitingThumbnails,
  });

  const { data } = recipe;
  // A copy kept from before (offline, or a refresh that failed) is shown rather than an error.
  if (!data) {
    if (recipe.isPending) return <SkeletonLines lines={8} label="Loading the recipe" />;
    return httpStatusOf(recipe.error) === 404 ? (
      <EmptyState
        title="Recipe not found"
        action={
          <Link to="/" className="font-medium text-brand-700 underline dark:text-brand-500">
            Back to your recipes
          </Link>
        }
      >
        It may have been deleted.
      </EmptyState>
    ) : (
      <EmptyState
        title="Could not load this recipe"
        action={<Button onClick={() => void recipe.refetch()}>Try again</Button>}
      />
    );
  }
  // Keyed by recipe: another recipe opens at its own servings.
  return <RecipeView key={data.id} recipe={data} />;
}
