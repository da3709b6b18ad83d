import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { bookmarkletSource } from './bookmarklet.ts';

/** The bookmarklet to drag to the bookmarks bar, or to copy on a phone. */
export function BookmarkletCard() {
  const toast = useToast();
  const link = useRef<HTMLAnchorElement>(null);
  const source = bookmarkletSource(window.location.origin);
  // React refuses javascript: addresses in href; this one is ours, so it is set by hand.
  useEffect(() => link.current?.setAttribute('href', source), [source]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(source);
      toast({ tone: 'success', message: 'Copied. Paste it as the address of a new bookmark.' });
    } catch {
      toast({ tone: 'error', message: 'Could not copy: your browser did not allow it.' });
    }
  };
  return (
    <div className="space-y-3">
      <p className="text-stone-700 dark:text-stone-300">
        For recipe pages Saffron cannot read itself (behind a login, or a robot check): drag this
        button to your bookmarks bar, then click it on the recipe page. It sends the page as you see
        it to Saffron, which opens the preview.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <a
          ref={link}
          draggable
          onClick={(event) => {
            event.preventDefault();
            toast({ message: 'Drag the button to your bookmarks bar, then use it on a recipe.' });
          }}
          className="inline-flex min-h-11 cursor-grab items-center rounded-lg border-2 border-dashed border-brand-700 px-4 font-medium text-brand-700 md:min-h-10 dark:border-brand-500 dark:text-brand-500"
        >
          Save to Saffron
        </a>
        <Button variant="secondary" onClick={() => void copy()}>
          Copy the bookmarklet
        </Button>
      </div>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        On a phone: copy it, add any bookmark, and paste this as its address. The browser must allow
        pop-ups for the recipe site.
      </p>
    </div>
  );
}
