import { filesClient } from '../../lib/api.ts';

/** The whole collection as one zip, streamed by the files service as it is written. */
export function ExportCard() {
  return (
    <div className="space-y-3">
      <p className="text-stone-700 dark:text-stone-300">
        Every recipe as a schema.org JSON-LD file with its photos and files, in one zip. Saffron
        (and other apps that read schema.org) can import it again.
      </p>
      <a
        href={filesClient.urls.export}
        download
        className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 md:min-h-10 dark:bg-brand-500 dark:text-stone-950"
      >
        Export all recipes
      </a>
    </div>
  );
}
