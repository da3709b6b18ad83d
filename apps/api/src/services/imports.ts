import { extractRecipe, toRecipeInput } from '@saffron/recipe-import';
import type { FetchedResource } from '@saffron/service';
import { languageOfTag, type TImportedRecipe } from '@saffron/shared';
import type { AuthedContext } from '../trpc/context.ts';

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
export function previewOfPage(ctx: AuthedContext, html: string, url: string): ImportPreview {
  const extracted = extractRecipe(html, url);
  const language = ctx.user.language ?? languageOfTag(ctx.request.acceptLanguage);
  const { recipe, warnings } = toRecipeInput(extracted.draft, language ? { language } : {});
  return { recipe, warnings: [...extracted.warnings, ...warnings] };
}

/** `imports.fromUrl`: fetched through the one safe fetcher, counted against the person's imports. */
export async function importFromUrl(ctx: AuthedContext, url: string): Promise<ImportPreview> {
  await ctx.imports.limiter.take(ctx.user.id);
  const page = await ctx.imports.fetcher.fetch(url, {
    kind: 'page',
    ...(ctx.request.acceptLanguage ? { acceptLanguage: ctx.request.acceptLanguage } : {}),
  });
  return previewOfPage(ctx, asPage(page), page.url);
}

/** `imports.fromHtml`: a page the browser already has (the bookmarklet), nothing fetched. */
export async function importFromHtml(
  ctx: AuthedContext,
  input: { html: string; url: string },
): Promise<ImportPreview> {
  await ctx.imports.limiter.take(ctx.user.id);
  return previewOfPage(ctx, input.html, input.url);
}
