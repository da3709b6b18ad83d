import { Link, type ErrorComponentProps } from '@tanstack/react-router';
import { Button } from '../ui/button.tsx';
import { EmptyState } from '../ui/empty-state.tsx';

export function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <EmptyState
        title="Page not found"
        action={
          <Link to="/" className="font-medium text-brand-700 underline dark:text-brand-500">
            Go to your recipes
          </Link>
        }
      >
        The address may be mistyped, or the page was removed.
      </EmptyState>
    </main>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  if (!navigator.onLine) {
    return (
      <main className="mx-auto max-w-xl px-4 py-16">
        <EmptyState title="You are offline" action={<Button onClick={reset}>Try again</Button>}>
          This page has not been opened on this device before, so it cannot be shown without a
          connection.
        </EmptyState>
      </main>
    );
  }
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <EmptyState title="Something went wrong" action={<Button onClick={reset}>Try again</Button>}>
        {error instanceof Error ? error.message : 'An unexpected error occurred.'}
      </EmptyState>
    </main>
  );
}
