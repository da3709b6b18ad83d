import { ZImportFromHtml, ZImportFromUrl, ZImportJobId, ZImportLinks } from '@saffron/shared';
import type { TRPCRouterRecord } from '@trpc/server';
import {
  importFromHtml,
  importFromUrl,
  importJob,
  importJobs,
  startLinkImport,
} from '../services/imports.ts';
import { appProcedure } from '../trpc/init.ts';

/** Imports bring recipes into the recipes app. */
const importsProcedure = appProcedure('recipes');

export const importsRouter = {
  /** A recipe page, fetched and read: a preview to review, not yet saved. */
  fromUrl: importsProcedure
    .input(ZImportFromUrl)
    .mutation(({ ctx, input }) => importFromUrl(ctx, input.url)),
  /** A page the browser already has (the bookmarklet, a page behind a login). */
  fromHtml: importsProcedure
    .input(ZImportFromHtml)
    .mutation(({ ctx, input }) => importFromHtml(ctx, input)),
  /** Up to 200 links, imported in the background; `job` shows how each one went. */
  startLinks: importsProcedure
    .input(ZImportLinks)
    .mutation(({ ctx, input }) => startLinkImport(ctx, input.urls)),
  job: importsProcedure.input(ZImportJobId).query(({ ctx, input }) => importJob(ctx, input.id)),
  jobs: importsProcedure.query(({ ctx }) => importJobs(ctx)),
} satisfies TRPCRouterRecord;
