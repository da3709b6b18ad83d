import { extractRecipe, toRecipeInput } from '@saffron/recipe-import';
import type { FetchedResource, SafeFetcher } from '@saffron/service';
import type { Language, TImportedRecipe } from '@saffron/shared';

export interface ImportPreview {
  recipe: TImportedRecipe;
  warnings: string[];
}

/** A JSON-LD document read as a page holding it (JSON keeps "<" inside strings only). */
function asPage(resource: Pick<FetchedResource, 'contentType' | 'text'>): string {
  const text = resource.text();
  if (!resource.contentType.includes('json')) return text;
  return `<script type="application/ld+json">${text.replaceAll('</', '<\\/')}</script>`;
}

/** The recipe on a page, as a recipe to review: extraction, then the shared ingredient parser. */
export function previewOfPage(html: string, url: string, language?: Language): ImportPreview {
  const extracted = extractRecipe(html, url);
  const { recipe, warnings } = toRecipeInput(extracted.draft, language ? { language } : {});
  return { recipe, warnings: [...extracted.warnings, ...warnings] };
}

/** A page fetched through the one safe fetcher, read as a recipe. */
export async function previewOfLink(
  fetcher: SafeFetcher,
  url: string,
  {
    language,
    acceptLanguage,
  }: { language?: Language | undefined; acceptLanguage?: string | undefined },
): Promise<ImportPreview> {
  const page = await fetcher.fetch(url, {
    kind: 'page',
    ...(acceptLanguage ? { acceptLanguage } : {}),
  });
  return previewOfPage(asPage(page), page.url, language);
}
