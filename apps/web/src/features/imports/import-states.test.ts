import { describe, expect, it } from 'vitest';
import { isSettled, jobProgress, jobTitle, recipeOf, type ImportItem } from './import-states.ts';

const counts = (given: Partial<Record<ImportItem['status'], number>>) => ({
  queued: 0,
  imported: 0,
  failed: 0,
  duplicate: 0,
  skipped: 0,
  ...given,
});

describe('import states', () => {
  it('counts a running job’s progress and says what came of the links so far', () => {
    const running = jobProgress({
      kind: 'links',
      status: 'importing',
      counts: counts({ queued: 8, imported: 10, duplicate: 1, failed: 1 }),
    });
    expect(running).toEqual({
      total: 20,
      finished: 12,
      percent: 60,
      summary: '12 of 20 links done: 10 imported, 1 already in your recipes, 1 failed',
    });
    expect(isSettled({ status: 'importing' })).toBe(false);
  });

  it('sums a finished archive in recipes, and says when it is still being read', () => {
    expect(
      jobProgress({ kind: 'archive', status: 'done', counts: counts({ imported: 1, skipped: 2 }) })
        .summary,
    ).toBe('3 recipes: 1 imported, 2 skipped');
    expect(jobProgress({ kind: 'archive', status: 'reading', counts: counts({}) })).toMatchObject({
      percent: 0,
      summary: 'Reading the archive…',
    });
    expect(jobProgress({ kind: 'archive', status: 'failed', counts: counts({}) })).toMatchObject({
      percent: 100,
      summary: 'Nothing was imported',
    });
    expect(isSettled({ status: 'failed' })).toBe(true);
  });

  it('names jobs by their file or their number of links', () => {
    expect(jobTitle({ kind: 'archive', filename: 'mealie.zip', counts: counts({}) })).toBe(
      'mealie.zip',
    );
    expect(jobTitle({ kind: 'links', filename: null, counts: counts({ queued: 1 }) })).toBe(
      '1 link',
    );
    expect(jobTitle({ kind: 'links', filename: null, counts: counts({ imported: 3 }) })).toBe(
      '3 links',
    );
  });

  it('links an imported or duplicate item to its recipe, and nothing else', () => {
    const item = (status: ImportItem['status']): ImportItem => ({
      position: 0,
      url: 'https://example.org/a',
      entry: null,
      name: null,
      status,
      reason: null,
      recipeId: 'r1',
    });
    expect(recipeOf(item('imported'))).toBe('r1');
    expect(recipeOf(item('duplicate'))).toBe('r1');
    expect(recipeOf(item('failed'))).toBeUndefined();
    expect(recipeOf(item('queued'))).toBeUndefined();
  });
});
