import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { Card } from '../../components/ui/card.tsx';
import { SkeletonLines } from '../../components/ui/skeleton.tsx';
import { saffronClient } from '../../lib/api.ts';
import { ImportError } from './import-error.tsx';
import { ImportReview } from './import-review.tsx';
import { PasteLinkForm } from './paste-link-form.tsx';
import { sharedLink } from './shared-links.ts';

const linkClass = 'font-medium text-brand-700 underline dark:text-brand-500';

/** A page read into a preview; kept for the visit, so going back does not read it again. */
function LinkPreview({ url }: { url: string }) {
  const preview = useQuery({
    queryKey: ['imports.fromUrl', url],
    queryFn: () => saffronClient.imports.fromUrl.mutate({ url }),
    retry: false,
    staleTime: Infinity,
  });
  if (preview.data) return <ImportReview key={url} preview={preview.data} />;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Import a recipe</h1>
      <p className="break-all text-stone-700 dark:text-stone-300">{url}</p>
      {preview.isError ? (
        <ImportError error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <SkeletonLines lines={8} label={`Reading ${new URL(url).hostname}`} />
      )}
    </div>
  );
}

/** Where to start when there is no link: paste one, or the other ways in. */
function ImportHub({ sharedWithoutLink }: { sharedWithoutLink: boolean }) {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">Import recipes</h1>
      {sharedWithoutLink && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          What was shared had no link to a web page in it. Paste the page’s address below.
        </p>
      )}
      <Card>
        <PasteLinkForm />
      </Card>
      <ul className="space-y-3">
        <li>
          <Link to="/import/links" search={{}} className={linkClass}>
            Import many links at once
          </Link>{' '}
          — up to 200, in the background.
        </li>
        <li>
          <Link to="/account" hash="moving-in" className={linkClass}>
            Move in from another app
          </Link>{' '}
          — Mealie, Tandoor, Paprika, Nextcloud Cookbook or any schema.org export.
        </li>
        <li>
          <Link to="/account" hash="bookmarklet" className={linkClass}>
            Get the bookmarklet
          </Link>{' '}
          — for pages behind a login.
        </li>
      </ul>
    </div>
  );
}

/**
 * `/import?url=…`: a link pasted here or shared to the installed app (its share target sends
 * `url`, `text` and `title`; the link may be in any of them).
 */
export function ImportPage() {
  const shared = useSearch({ from: '/_app/import' });
  const url = sharedLink(shared);
  if (url) return <LinkPreview key={url} url={url} />;
  return <ImportHub sharedWithoutLink={Boolean(shared.text || shared.title || shared.url)} />;
}
