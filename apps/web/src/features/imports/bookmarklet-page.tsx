import { useSaffron } from '@saffron/client/react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { SkeletonLines } from '../../components/ui/skeleton.tsx';
import { postedPage, READY } from './bookmarklet.ts';
import { ImportError } from './import-error.tsx';
import { ImportReview } from './import-review.tsx';

/**
 * Opened by the bookmarklet: says it is ready to the window that opened it, which answers
 * with its page's HTML; that page is read (imports.fromHtml) into a preview.
 */
export function BookmarkletPage() {
  const saffron = useSaffron();
  const read = useMutation(saffron.imports.fromHtml.mutationOptions());
  const { mutate } = read;
  // Read once: this side's link to the recipe site is dropped as soon as its page arrives.
  const [opener] = useState(() => window.opener as unknown);

  useEffect(() => {
    if (!opener) return;
    const onMessage = (event: MessageEvent) => {
      const page = postedPage(event, opener);
      if (!page) return;
      window.opener = null;
      mutate(page);
    };
    window.addEventListener('message', onMessage);
    // The ready signal carries nothing, so any origin may hear it; the page comes back to us.
    (opener as Window).postMessage({ type: READY }, '*');
    return () => window.removeEventListener('message', onMessage);
  }, [opener, mutate]);

  if (read.data) return <ImportReview preview={read.data} />;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Import from the bookmarklet</h1>
      {read.isError ? (
        <ImportError error={read.error} />
      ) : opener ? (
        <SkeletonLines lines={8} label="Reading the page" />
      ) : (
        <p className="text-stone-700 dark:text-stone-300">
          This page is opened by the Save to Saffron bookmarklet, from the recipe page you want to
          import. Find the bookmarklet on your account page.
        </p>
      )}
    </div>
  );
}
