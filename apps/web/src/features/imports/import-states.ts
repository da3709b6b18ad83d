import type { RouterOutputs } from '@saffron/client';

export type ImportJob = RouterOutputs['imports']['job'];
export type ImportJobSummary = RouterOutputs['imports']['jobs'][number];
export type ImportItem = ImportJob['items'][number];
export type ImportItemStatus = ImportItem['status'];

export type Tone = 'waiting' | 'done' | 'failed' | 'neutral';

/** What each state of one link or archive entry says to the person. */
export const ITEM_STATES: Record<ImportItemStatus, { label: string; tone: Tone }> = {
  queued: { label: 'Waiting', tone: 'waiting' },
  imported: { label: 'Imported', tone: 'done' },
  duplicate: { label: 'Already in your recipes', tone: 'neutral' },
  failed: { label: 'Failed', tone: 'failed' },
  skipped: { label: 'Skipped', tone: 'neutral' },
};

/** A job is settled once it is done or failed; until then the page keeps asking. */
export const isSettled = (job: Pick<ImportJobSummary, 'status'>) =>
  job.status === 'done' || job.status === 'failed';

export interface JobProgress {
  total: number;
  finished: number;
  percent: number;
  /** One line: "12 of 20 done: 10 imported, 1 already in your recipes, 1 failed". */
  summary: string;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

export function jobProgress(
  job: Pick<ImportJobSummary, 'status' | 'counts' | 'kind'>,
): JobProgress {
  const { queued, imported, duplicate, failed, skipped } = job.counts;
  const total = queued + imported + duplicate + failed + skipped;
  const finished = total - queued;
  const parts = [
    `${imported} imported`,
    duplicate > 0 && `${duplicate} already in your recipes`,
    skipped > 0 && `${skipped} skipped`,
    failed > 0 && `${failed} failed`,
  ].filter((part): part is string => Boolean(part));
  const what = job.kind === 'archive' ? 'recipe' : 'link';
  let summary: string;
  if (job.status === 'reading') summary = 'Reading the archive…';
  else if (total === 0)
    summary = job.status === 'failed' ? 'Nothing was imported' : 'Nothing to import';
  else if (isSettled(job)) summary = `${plural(total, what)}: ${parts.join(', ')}`;
  else summary = `${finished} of ${plural(total, what)} done: ${parts.join(', ')}`;
  return {
    total,
    finished,
    percent: total === 0 ? (isSettled(job) ? 100 : 0) : Math.round((finished / total) * 100),
    summary,
  };
}

/** How a job is named in the list of recent imports. */
export function jobTitle(job: Pick<ImportJobSummary, 'kind' | 'filename' | 'counts'>): string {
  if (job.kind === 'archive') return job.filename ?? 'An uploaded export';
  const total = Object.values(job.counts).reduce((sum, count) => sum + count, 0);
  return plural(total, 'link');
}

/** Which recipe an item's row links to: the new one, or the one it duplicates. */
export const recipeOf = (item: ImportItem) =>
  item.status === 'imported' || item.status === 'duplicate'
    ? (item.recipeId ?? undefined)
    : undefined;
