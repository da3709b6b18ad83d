import { deleteAttachment, findAttachment, invalidateRecipe } from '@saffron/db';
import { AppError, isInlineImage } from '@saffron/shared';
import type { FastifyInstance } from 'fastify';
import { servingHeaders } from '../attachments/content-type.ts';
import { THUMBNAIL_HEADERS } from '../attachments/thumbnails.ts';
import { uploadAttachments } from '../attachments/upload-attachments.ts';
import type { FilesDeps } from '../deps.ts';
import { userOf } from '../http/auth.ts';
import { readParts } from '../http/multipart.ts';
import { parseParams, ZAttachmentParams, ZRecipeParams } from '../http/params.ts';
import { serveObject } from '../http/serve-object.ts';

/** The attachment routes under FILES_PREFIX; every one runs behind the session check. */
export function registerAttachmentRoutes(files: FastifyInstance, deps: FilesDeps): void {
  const findOwned = async (params: unknown, ownerId: string) => {
    const { id } = parseParams(ZAttachmentParams, params);
    const attachment = await findAttachment(deps.db, { id, ownerId });
    if (!attachment) throw AppError.notFound('Attachment');
    return attachment;
  };

  files.post('/recipes/:recipeId/attachments', async (request, reply) => {
    const { recipeId } = parseParams(ZRecipeParams, request.params);
    const attachments = await uploadAttachments(
      { ...deps, logger: request.log },
      {
        ownerId: userOf(request).id,
        recipeId,
        parts: readParts(request),
      },
    );
    return reply.code(201).send(attachments);
  });

  files.get('/attachments/:id', async (request, reply) => {
    const attachment = await findOwned(request.params, userOf(request).id);
    return serveObject(deps.storage, request, reply, {
      key: attachment.storageKey,
      headers: servingHeaders(attachment.contentType, attachment.filename),
      etag: attachment.sha256,
    });
  });

  files.get('/attachments/:id/thumbnail', async (request, reply) => {
    const attachment = await findOwned(request.params, userOf(request).id);
    if (!isInlineImage(attachment.contentType)) throw AppError.notFound('Thumbnail');
    // Made after upload; if that never happened (the process stopped first), make it now.
    const key = attachment.thumbnailKey ?? (await deps.thumbnails.ensure(attachment));
    return serveObject(deps.storage, request, reply, {
      key,
      headers: THUMBNAIL_HEADERS,
      etag: key.slice(key.indexOf('/') + 1),
    });
  });

  files.delete('/attachments/:id', async (request, reply) => {
    const { id } = parseParams(ZAttachmentParams, request.params);
    const ownerId = userOf(request).id;
    // The database queues the objects for deletion in the same statement.
    const deleted = await deleteAttachment(deps.db, { id, ownerId });
    if (!deleted) throw AppError.notFound('Attachment');
    await invalidateRecipe(deps.cache, { ownerId, recipeId: deleted.recipeId }, deps.logger);
    deps.cleanup?.nudge();
    return reply.code(204).send();
  });
}
