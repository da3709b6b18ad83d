import { AppError } from '@saffron/shared';
import { type RecipeDraft } from './draft.ts';
import { completenessWarnings } from './draft-fields.ts';
import { NoRecipeFoundError } from './errors.ts';
import { findCandidates } from './html/candidates.ts';
import { chooseReading } from './html/choose.ts';
import { loadPage, pageImage, pageSourceUrl, pageTitle } from './html/page.ts';
import { siteNames, withoutSiteName } from './html/site-name.ts';

export interface ExtractResult {
  draft: RecipeDraft;
  /** What is missing or doubtful, in words a user reads. */
  warnings: string[];
  /** Where the recipe was read from: 'json-ld', 'microdata', 'rdfa', 'wprm', 'tasty', ... */
  source: string;
}

function parsePageUrl(pageUrl: string): URL {
  try {
    const url = new URL(pageUrl);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // Reported below, as every other bad address.
  }
  throw new AppError('BAD_REQUEST', 'The page address must be an http(s) URL', {
    fieldErrors: { url: ['Enter the http(s) address of the page'] },
  });
}

/**
 * Reads the recipe on a web page: schema.org data (JSON-LD, microdata, RDFa) and the markup of
 * widely used recipe plugins, mended. Throws NoRecipeFoundError when the page holds none.
 */
export function extractRecipe(html: string, pageUrl: string): ExtractResult {
  const url = parsePageUrl(pageUrl);
  const { $, warnings } = loadPage(html);
  const candidates = findCandidates($, url.href);
  const reading = chooseReading(candidates);
  if (reading === undefined) throw new NoRecipeFoundError();
  const { draft } = reading;
  if (draft.name === '' && draft.ingredients.length === 0 && draft.steps.length === 0)
    throw new NoRecipeFoundError();
  const image = draft.imageUrls.length === 0 ? pageImage($, url.href) : undefined;
  const name = draft.name === '' ? (pageTitle($) ?? '') : draft.name;
  const filled: RecipeDraft = {
    ...draft,
    name: withoutSiteName(name, siteNames($, url, candidates.siteNames)),
    imageUrls: image === undefined ? draft.imageUrls : [image],
    sourceUrl: pageSourceUrl($, url),
  };
  return {
    draft: filled,
    warnings: [...warnings, ...reading.warnings, ...completenessWarnings(filled)],
    source: reading.source,
  };
}
