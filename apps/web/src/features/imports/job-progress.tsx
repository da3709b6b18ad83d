import { useSaffron } from '@saffron/client/react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { SkeletonLines } from '../../components/ui/skeleton.tsx';
import { isSettled, jobProgress } from './import-states.ts';
import { JobItems } from './job-items.tsx';

const POLL_MS = 1_000;

/**
 * One import as it runs: asked for every second until it is settled. While the server is
 * away (a restart), the last answer stays on screen and the asking goes on.
 */
export function JobProgress({ jobId }: { jobId: string }) {
  const saffron = useSaffron();
  const job = useQuery({
    ...saffron.imports.job.queryOptions({ id: jobId }),
    refetchInterval: (query) => (query.state.data && isSettled(query.state.data) ? false : POLL_MS),
    refetchIntervalInBackground: true,
  });
  const data = job.data;
  const settled = data !== undefined && isSettled(data);
  const queryClient = useQueryClient();
  // The list of recent imports says how this one ended as soon as it has.
  useEffect(() => {
    if (settled) void queryClient.invalidateQueries({ queryKey: saffron.imports.jobs.queryKey() });
  }, [settled, queryClient, saffron]);
  if (!data) {
    if (job.isError)
      return <Alert tone="error">Could not load this import: {job.error.message}</Alert>;
    return <SkeletonLines lines={4} label="Loading the import" />;
  }
  const progress = jobProgress(data);
  const label = data.kind === 'archive' ? 'Recipes in the archive' : 'Links';
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <p role="status" className="font-medium">
          {progress.summary}
        </p>
        <ProgressBar label="Import progress" percent={progress.percent} />
        {job.isError && (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Reconnecting to Saffron… the import goes on meanwhile.
          </p>
        )}
      </div>
      {data.error && <Alert tone="error">{data.error}</Alert>}
      <JobItems items={data.items} label={label} />
    </div>
  );
}
