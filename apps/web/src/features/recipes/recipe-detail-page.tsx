import { httpStatusOf } from '@saffron/client';
import { useSaffron } from '@saffron/client/react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { SkeletonLines } from '../../components/ui/skeleton.tsx';
import { awaitingThumbnails, RecipeAttachments } from '../attachments/recipe-attachments.tsx';
import { AddToGrocery } from './add-to-grocery.tsx';
import { DeleteRecipeButton } from './delete-recipe-button.tsx';
import { IngredientList } from './ingredient-list.tsx';

function minutes(value: number | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value >= 60
    ? `${Math.floor(value / 60)} h ${value % 60 ? `${value % 60} min` : ''}`.trim()
    : `${value} min`;
}

export function RecipeDetailPage() {
  const { recipeId } = useParams({ from: '/_app/_recipes/recipes/$recipeId' });
  const saffron = useSaffron();
  const recipe = useQuery({
    ...saffron.recipes.byId.queryOptions({ id: recipeId }),
    refetchInterval: (query) => awaitingThumbnails(query.state.data),
  });

  if (recipe.isPending) return <SkeletonLines lines={8} label="Loading the recipe" />;
  if (recipe.isError) {
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
  const { data } = recipe;
  const facts = [
    data.servings && `Serves ${data.servings}`,
    data.prepMinutes !== undefined && `Prep ${minutes(data.prepMinutes)}`,
    data.cookMinutes !== undefined && `Cook ${minutes(data.cookMinutes)}`,
  ].filter(Boolean);

  return (
    <article aria-labelledby="recipe-title" className="space-y-6">
      <header className="space-y-3">
        <Link to="/" className="text-sm font-medium text-brand-700 lg:hidden dark:text-brand-500">
          ← Recipes
        </Link>
        <h1 id="recipe-title" className="text-3xl font-bold">
          {data.name}
        </h1>
        {facts.length > 0 && (
          <p className="text-stone-700 dark:text-stone-300">{facts.join(' · ')}</p>
        )}
        {data.tags.length > 0 && (
          <ul aria-label="Tags" className="flex flex-wrap gap-2">
            {data.tags.map((tag) => (
              <li
                key={tag}
                className="rounded-full bg-stone-200 px-3 py-1 text-sm dark:bg-stone-800"
              >
                {tag}
              </li>
            ))}
          </ul>
        )}
        <div className="flex flex-wrap gap-2">
          <Link
            to="/recipes/$recipeId/edit"
            params={{ recipeId }}
            className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-medium hover:bg-stone-100 md:min-h-10 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800"
          >
            Edit
          </Link>
          <AddToGrocery recipe={data} />
          <DeleteRecipeButton recipe={data} />
        </div>
      </header>
      {data.description && <p className="text-lg leading-relaxed">{data.description}</p>}
      <section aria-labelledby="ingredients-title">
        <h2 id="ingredients-title" className="mb-2 text-xl font-semibold">
          Ingredients
        </h2>
        <IngredientList ingredients={data.ingredients} />
      </section>
      {data.steps.length > 0 && (
        <section aria-labelledby="steps-title">
          <h2 id="steps-title" className="mb-2 text-xl font-semibold">
            Method
          </h2>
          <ol className="list-decimal space-y-3 pl-6">
            {data.steps.map((step, i) => (
              <li key={i} className="pl-1 leading-relaxed">
                {step}
              </li>
            ))}
          </ol>
        </section>
      )}
      {data.sourceUrl && (
        <p className="text-sm">
          Source:{' '}
          <a
            href={data.sourceUrl}
            rel="noreferrer noopener"
            target="_blank"
            className="text-brand-700 underline dark:text-brand-500"
          >
            {new URL(data.sourceUrl).hostname}
          </a>
        </p>
      )}
      <RecipeAttachments recipe={data} />
    </article>
  );
}
