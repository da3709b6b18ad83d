import { useSaffron } from '@saffron/client/react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { importFailure } from './import-failure.ts';
import { JobProgress } from './job-progress.tsx';
import { RecentImports } from './recent-imports.tsx';
import { linksIn } from './shared-links.ts';

export const MAX_LINKS = 200;
const linkClass = 'inline-block font-medium text-brand-700 underline dark:text-brand-500';

function LinksForm() {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const links = linksIn(text);
  const start = useMutation(
    saffron.imports.startLinks.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries({ queryKey: saffron.imports.jobs.queryKey() });
        await navigate({ to: '/import/links', search: { job: id } });
      },
      onError: (failure) => setError(importFailure(failure)),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (links.length === 0) return setError('Paste at least one link, starting with https://');
    if (links.length > MAX_LINKS)
      return setError(`At most ${MAX_LINKS} links at once: this has ${links.length}.`);
    start.mutate({ urls: links });
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <TextArea
        label="Links to recipe pages"
        hint="One per line, or any text with links in it. Up to 200 at once."
        rows={8}
        value={text}
        errors={error ? [error] : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setError(undefined);
        }}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" busy={start.isPending}>
          {links.length > 1 ? `Import ${links.length} links` : 'Import'}
        </Button>
        <span className="text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
          {links.length === 1 ? '1 link found' : `${links.length} links found`}
        </span>
      </div>
    </form>
  );
}

/**
 * `/import/links`: many links imported in the background. The job's id is in the address, so
 * a reload (or coming back later) shows the same import where it got to.
 */
export function BulkImportPage() {
  const { job } = useSearch({ from: '/_app/import/links' });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Import many links</h1>
      {job ? (
        <Card className="space-y-4">
          <JobProgress key={job} jobId={job} />
          <Link to="/import/links" search={{}} className={linkClass}>
            Import more links
          </Link>
        </Card>
      ) : (
        <Card>
          <Alert>
            Each page is read in the background, so you can leave this page; links already in your
            recipes are not imported twice.
          </Alert>
          <div className="mt-4">
            <LinksForm />
          </div>
        </Card>
      )}
      <RecentImports current={job} />
    </div>
  );
}
