import { useRouteContext } from '@tanstack/react-router';
import type { TRecipe } from '@saffron/shared';
import { lazy, Suspense, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';

/** Loaded when opened: its preview merges with the list as the server will, parser and all. */
const AddToGroceryDialog = lazy(() =>
  import('./add-to-grocery-dialog.tsx').then((module) => ({ default: module.AddToGroceryDialog })),
);

/** Sends the recipe's ingredients to the grocery list, for as many servings as wanted, after a preview. */
export function AddToGrocery({
  recipe,
  servings,
}: {
  recipe: TRecipe;
  servings?: number | undefined;
}) {
  const { me } = useRouteContext({ from: '/_app' });
  const [open, setOpen] = useState(false);
  if (!me.apps.includes('grocery') || recipe.ingredients.length === 0) return null;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Add to grocery list
      </Button>
      {open && (
        <Suspense fallback={null}>
          <AddToGroceryDialog recipe={recipe} servings={servings} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
