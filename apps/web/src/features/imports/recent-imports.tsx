import { useSaffron } from '@saffron/client/react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { timeAgo } from '../../lib/format.ts';
import { isSettled, jobProgress, jobTitle } from './import-states.ts';

/** The person's latest imports, links and archives alike, each opening its own progress. */
export function RecentImports({ current }: { current?: string | undefined }) {
  const saffron = useSaffron();
  const jobs = useQuery({
    ...saffron.imports.jobs.queryOptions(),
    // Kept current while any import runs, as the one open above is.
    refetchInterval: (query) => (query.state.data?.every(isSettled) === false ? 2_000 : false),
  });
  const list = jobs.data ?? [];
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="recent-imports" className="space-y-2">
      <h2 id="recent-imports" className="text-lg font-semibold">
        Recent imports
      </h2>
      <ul className="divide-y divide-stone-200 dark:divide-stone-800">
        {list.map((job) => (
          <li key={job.id} className="py-2">
            <Link
              to="/import/links"
              search={{ job: job.id }}
              aria-current={job.id === current ? 'page' : undefined}
              className="font-medium text-brand-700 underline dark:text-brand-500"
            >
              {jobTitle(job)}
            </Link>{' '}
            <span className="text-sm text-stone-600 dark:text-stone-400">
              {timeAgo(job.createdAt)} · {jobProgress(job).summary}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
