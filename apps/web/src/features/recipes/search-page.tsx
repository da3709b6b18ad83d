import { EmptyState } from '../../components/ui/empty-state.tsx';

/** The landing page. Recipes and search arrive with the recipes feature. */
export function SearchPage() {
  return (
    <section aria-labelledby="recipes-title" className="space-y-6">
      <h1 id="recipes-title" className="text-2xl font-bold">
        Recipes
      </h1>
      <EmptyState title="No recipes yet">Recipes you add will show up here.</EmptyState>
    </section>
  );
}
