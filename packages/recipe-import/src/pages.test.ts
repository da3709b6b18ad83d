import { describe, expect, it } from 'vitest';
import { extractRecipe } from './extract.ts';
import { isHeldOut, loadPageCorpus, type TPage } from './testing/page-corpus.ts';
import { FIELDS, scoreDraft, type TField } from './testing/page-score.ts';

/**
 * The importer on 120 pages saved from 120 real recipe sites (test-data/recipe-pages), scored
 * field by field against what a careful reader takes from each page (rules in page-score.ts).
 * Thirty pages (every 4th id) were held out while the importer was tuned and are reported apart.
 * The floors are the figures reached (pages right, of 120), so a change that reads fewer
 * pages right fails here; raise them when a change reads more.
 */
const FLOORS: Record<TField, number> = {
  title: 117,
  ingredients: 115,
  steps: 114,
  stepByStep: 110,
  servings: 115,
  prep: 114,
  cook: 116,
  total: 114,
};

interface TTally {
  pages: number;
  failed: Record<TField, string[]>;
}

function tally(pages: readonly TPage[]): TTally {
  const failed = Object.fromEntries(FIELDS.map((field) => [field, [] as string[]])) as Record<
    TField,
    string[]
  >;
  for (const { expected, html, url } of pages) {
    let draft;
    try {
      draft = extractRecipe(html, url).draft;
    } catch {
      draft = undefined;
    }
    const verdicts = scoreDraft(draft, expected);
    for (const field of FIELDS) if (!verdicts[field]) failed[field].push(expected.id);
  }
  return { pages: pages.length, failed };
}

const share = (tallied: TTally, field: TField): number =>
  1 - tallied.failed[field].length / tallied.pages;
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);

function report(all: TTally, tuned: TTally, heldOut: TTally): string {
  const header = `${'field'.padEnd(12)}${'all'.padStart(7)}${'tuned'.padStart(7)}${'held'.padStart(7)}  failing pages (held-out ones marked *)`;
  const rows = FIELDS.map((field) => {
    const failing = all.failed[field].map((id) => (isHeldOut(id) ? `${id}*` : id)).join(' ');
    return `${field.padEnd(12)}${percent(share(all, field))}${percent(share(tuned, field))}${percent(share(heldOut, field))}  ${failing}`;
  });
  return [
    `${all.pages} pages, ${tuned.pages} tuned on, ${heldOut.pages} held out`,
    header,
    ...rows,
  ].join('\n');
}

describe('extractRecipe on 120 saved pages', () => {
  const pages = loadPageCorpus();
  const all = tally(pages);

  it('reads every field right on at least the committed share of pages', () => {
    const tuned = tally(pages.filter((page) => !isHeldOut(page.expected.id)));
    const heldOut = tally(pages.filter((page) => isHeldOut(page.expected.id)));
    console.log(report(all, tuned, heldOut));
    expect(pages).toHaveLength(120);
    expect(heldOut.pages).toBe(30);
    for (const field of FIELDS) {
      expect(all.pages - all.failed[field].length, field).toBeGreaterThanOrEqual(FLOORS[field]);
    }
  });
});
