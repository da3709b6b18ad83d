import { writeExport } from '@saffron/recipe-import';
import { AppError } from '@saffron/shared';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { FilesDeps } from '../deps.ts';
import { userOf } from '../http/auth.ts';
import { readParts } from '../http/multipart.ts';
import { parseParams, ZRecipeParams } from '../http/params.ts';
import { collectionOf } from '../imports/export-collection.ts';
import { attachPhotoFromUrl } from '../imports/photo-from-url.ts';
import { receiveArchive } from '../imports/receive-archive.ts';
import { VERSION } from '../version.ts';

const ZPhotoLink = z.object({
  url: z
    .url({ protocol: /^https?$/, error: 'Enter the full http(s) address of the photo' })
    .max(2000),
});

const noFile = () =>
  new AppError('BAD_REQUEST', 'Choose an export file to import', {
    fieldErrors: { file: ['Choose a file'] },
  });

/** Import and export routes under FILES_PREFIX, behind the same session check as attachments. */
export function registerImportRoutes(files: FastifyInstance, deps: FilesDeps): void {
  // A photo from a link, for a recipe just imported from a page.
  files.post('/recipes/:recipeId/attachments/from-url', async (request, reply) => {
    const { recipeId } = parseParams(ZRecipeParams, request.params);
    const { url } = parseParams(ZPhotoLink, request.body);
    const attachments = await attachPhotoFromUrl(
      { ...deps, logger: request.log },
      { ownerId: userOf(request).id, recipeId, url },
    );
    return reply.code(201).send(attachments);
  });

  // Another app's export (or Saffron's own): read and imported in the background.
  files.post('/imports', async (request, reply) => {
    const parts = readParts(request, { limits: { fileSize: deps.archiveMaxBytes, files: 1 } });
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      const job = await receiveArchive(
        { ...deps, logger: request.log },
        {
          ownerId: userOf(request).id,
          filename: part.filename,
          file: part.file,
          maxBytes: deps.archiveMaxBytes,
        },
      );
      deps.imports?.received();
      return reply.code(202).send(job);
    }
    throw noFile();
  });

  // The whole collection as one zip, streamed as it is written.
  files.get('/export', async (request, reply) => {
    const zip = writeExport(collectionOf(deps, userOf(request).id), {
      exportedAt: new Date(),
      appVersion: VERSION,
    });
    const date = new Date().toISOString().slice(0, 10);
    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="saffron-export-${date}.zip"`)
      .header('cache-control', 'no-store')
      .send(zip);
  });
}
