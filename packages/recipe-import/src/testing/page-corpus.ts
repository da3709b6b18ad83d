import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One saved page and what a careful reader takes from it (see test-data/recipe-pages/README.md). */
export interface TPageExpectation {
  id: string;
  title: string;
  ingredients: string[];
  instructions_list: string[];
  yields: string | null;
  prep_time: number | null;
  cook_time: number | null;
  total_time: number | null;
  host: string;
  canonical_url: string;
}

export interface TPage {
  expected: TPageExpectation;
  html: string;
  /** Where the page was saved from (its canonical address, else its site), as the api passes it. */
  url: string;
}

const TARBALL = new URL('../../test-data/recipe-pages/pages.tar.gz', import.meta.url);

/** Pages whose id is 3 modulo 4: never looked at while the importer was tuned. */
export function isHeldOut(id: string): boolean {
  return Number(id.slice(1)) % 4 === 3;
}

/** Unpacks the saved pages into a temporary folder, reads them all and removes the folder. */
export function loadPageCorpus(): TPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'recipe-pages-'));
  try {
    execFileSync('tar', ['xzf', TARBALL.pathname, '-C', dir]);
    const expectations = JSON.parse(
      readFileSync(join(dir, 'expected.json'), 'utf8'),
    ) as TPageExpectation[];
    return expectations.map((expected) => ({
      expected,
      html: readFileSync(join(dir, 'pages', `${expected.id}.html`), 'utf8'),
      url: expected.canonical_url.startsWith('http')
        ? expected.canonical_url
        : `https://${expected.host}/`,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
