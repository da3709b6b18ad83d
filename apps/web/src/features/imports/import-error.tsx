import { Link } from '@tanstack/react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { importFailure } from './import-failure.ts';

/** A failed import, with what to try instead: the bookmarklet, again, or typing it in. */
export function ImportError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="space-y-4">
      <Alert tone="error">
        <p className="font-semibold">Could not import this page</p>
        <p>{importFailure(error)}</p>
      </Alert>
      <p className="text-stone-700 dark:text-stone-300">
        Some sites only show their recipes to a browser, behind a login or a robot check. Open the
        page in your browser and use the{' '}
        <Link
          to="/account"
          hash="bookmarklet"
          className="font-medium text-brand-700 underline dark:text-brand-500"
        >
          Save to Saffron bookmarklet
        </Link>
        : it sends the page as you see it.
      </p>
      <div className="flex flex-wrap gap-2">
        {onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        )}
        <Link
          to="/recipes/new"
          className="inline-flex min-h-11 items-center rounded-lg px-4 font-medium text-brand-700 underline md:min-h-10 dark:text-brand-500"
        >
          Type the recipe in instead
        </Link>
      </div>
    </div>
  );
}
