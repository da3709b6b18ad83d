import { createLinkImport, findImportJob, listImportJobs } from '@saffron/db';
import { AppError, languageOfTag } from '@saffron/shared';
import { previewOfLink, previewOfPage, type ImportPreview } from '../imports/preview.ts';
import type { AuthedContext } from '../trpc/context.ts';

const languageOf = (ctx: AuthedContext) =>
  ctx.user.language ?? languageOfTag(ctx.request.acceptLanguage);

/** `imports.fromUrl`: fetched through the one safe fetcher, counted against the person's imports. */
export async function importFromUrl(ctx: AuthedContext, url: string): Promise<ImportPreview> {
  await ctx.imports.limiter.take(ctx.user.id);
  return previewOfLink(ctx.imports.fetcher, url, {
    language: languageOf(ctx),
    acceptLanguage: ctx.request.acceptLanguage ?? undefined,
  });
}

/** `imports.fromHtml`: a page the browser already has (the bookmarklet), nothing fetched. */
export async function importFromHtml(
  ctx: AuthedContext,
  input: { html: string; url: string },
): Promise<ImportPreview> {
  await ctx.imports.limiter.take(ctx.user.id);
  return previewOfPage(input.html, input.url, languageOf(ctx));
}

/** `imports.startLinks`: a list of links, imported in the background by the import worker. */
export async function startLinkImport(ctx: AuthedContext, urls: string[]): Promise<{ id: string }> {
  await ctx.imports.jobLimiter.take(ctx.user.id);
  const id = await createLinkImport(ctx.db, { ownerId: ctx.user.id, urls });
  ctx.imports.queued();
  return { id };
}

export async function importJob(ctx: AuthedContext, id: string) {
  const job = await findImportJob(ctx.db, { id, ownerId: ctx.user.id });
  if (!job) throw AppError.notFound('Import');
  return job;
}

export function importJobs(ctx: AuthedContext) {
  return listImportJobs(ctx.db, { ownerId: ctx.user.id, limit: 20 });
}
