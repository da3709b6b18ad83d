import type { TRecipe } from '@saffron/shared';
import { Link } from '@tanstack/react-router';
import { minutes } from '../../lib/format.ts';
import { useState } from 'react';
import { RecipeAttachments } from '../attachments/recipe-attachments.tsx';
import { AddToGrocery } from './add-to-grocery.tsx';
import { DeleteRecipeButton } from './delete-recipe-button.tsx';
import { IngredientList } from './ingredient-list.tsx';
import { MethodList } from './method-list.tsx';
import { RecipeExportActions } from './recipe-export-actions.tsx';
import { ServingsStepper } from './servings-stepper.tsx';
import { useRecipeLanguage } from './use-recipe-language.ts';

/** Prep, cook, total, yield and who wrote it: whatever the recipe says. */
function facts(recipe: TRecipe): string[] {
  return [
    recipe.servings && `Serves ${recipe.servings}`,
    recipe.yieldText,
    recipe.prepMinutes !== undefined && `Prep ${minutes(recipe.prepMinutes)}`,
    recipe.cookMinutes !== undefined && `Cook ${minutes(recipe.cookMinutes)}`,
    recipe.totalMinutes !== undefined && `Total ${minutes(recipe.totalMinutes)}`,
    recipe.author && `By ${recipe.author}`,
  ].filter((fact): fact is string => Boolean(fact));
}

function TextSection({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      <p className="leading-relaxed whitespace-pre-line">{text}</p>
    </section>
  );
}

/** One recipe as a cook reads it, its amounts scaled to the servings chosen here. */
export function RecipeView({ recipe }: { recipe: TRecipe }) {
  const language = useRecipeLanguage();
  const base = recipe.servings ?? 1;
  const [count, setCount] = useState(base);
  const shown = facts(recipe);
  return (
    <article aria-labelledby="recipe-title" className="space-y-6">
      <header className="space-y-3">
        <Link to="/" className="text-sm font-medium text-brand-700 lg:hidden dark:text-brand-500">
          ← Recipes
        </Link>
        <h1 id="recipe-title" className="text-3xl font-bold">
          {recipe.name}
        </h1>
        {shown.length > 0 && (
          <p className="text-stone-700 dark:text-stone-300">{shown.join(' · ')}</p>
        )}
        {recipe.tags.length > 0 && (
          <ul aria-label="Tags" className="flex flex-wrap gap-2">
            {recipe.tags.map((tag) => (
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
            params={{ recipeId: recipe.id }}
            className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-medium hover:bg-stone-100 md:min-h-10 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800"
          >
            Edit
          </Link>
          <AddToGrocery
            recipe={recipe}
            servings={recipe.servings === undefined ? undefined : count}
          />
          <RecipeExportActions recipe={recipe} />
          <DeleteRecipeButton recipe={recipe} />
        </div>
      </header>
      {recipe.description && <p className="text-lg leading-relaxed">{recipe.description}</p>}
      <section aria-labelledby="ingredients-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="ingredients-title" className="text-xl font-semibold">
            Ingredients
          </h2>
          {recipe.ingredients.some((row) => row.quantity) && (
            <ServingsStepper count={count} servings={recipe.servings} onChange={setCount} />
          )}
        </div>
        <IngredientList
          ingredients={recipe.ingredients}
          factor={count / base}
          language={language}
        />
      </section>
      {recipe.steps.length > 0 && (
        <section aria-labelledby="steps-title">
          <h2 id="steps-title" className="mb-2 text-xl font-semibold">
            Method
          </h2>
          <MethodList recipe={recipe} />
        </section>
      )}
      {recipe.notes && <TextSection id="notes-title" title="Notes" text={recipe.notes} />}
      {recipe.nutrition && (
        <TextSection id="nutrition-title" title="Nutrition" text={recipe.nutrition} />
      )}
      {recipe.sourceUrl && (
        <p className="text-sm">
          Source:{' '}
          <a
            href={recipe.sourceUrl}
            rel="noreferrer noopener"
            target="_blank"
            className="text-brand-700 underline dark:text-brand-500"
          >
            {new URL(recipe.sourceUrl).hostname}
          </a>
        </p>
      )}
      <RecipeAttachments recipe={recipe} />
    </article>
  );
}
