import { readFile, stat } from 'node:fs/promises';
import { gunzipDocument, parseJson, recipesInDocument } from './documents.ts';
import { archiveErrors, reasonOf } from './errors.ts';
import { kindOfFile } from './file-types.ts';
import { UnpackBudget } from './meter.ts';
import { type ArchiveItem, type ArchiveLimits, DEFAULT_ARCHIVE_LIMITS } from './types.ts';
import { type ReadContext, ZipArchive } from './zip-archive.ts';
import { recipesInZip } from './zip-walk.ts';

const UPLOAD_LABEL = 'the uploaded file';

/** A bare JSON or gzipped JSON file: small enough to read whole, or refused. */
async function* bareDocument(
  path: string,
  context: ReadContext,
  gzipped: boolean,
): AsyncGenerator<ArchiveItem> {
  const { maxJsonBytes } = context.limits;
  if ((await stat(path)).size > maxJsonBytes) {
    throw archiveErrors.entryTooLarge(UPLOAD_LABEL, maxJsonBytes);
  }
  const raw = await readFile(path);
  const bytes = gzipped ? await gunzipDocument(raw, context, UPLOAD_LABEL) : raw;
  let json: unknown;
  try {
    json = parseJson(bytes);
  } catch (error) {
    throw archiveErrors.notRecognised(reasonOf(error));
  }
  yield* recipesInDocument(json, { archive: undefined, path: '', label: UPLOAD_LABEL });
}

async function* zipFile(path: string, context: ReadContext): AsyncGenerator<ArchiveItem> {
  const archive = await ZipArchive.open(path, context);
  try {
    if (archive.names().length === 0 && archive.refused.length === 0) {
      throw archiveErrors.notRecognised('the archive is empty');
    }
    yield* recipesInZip(archive, false);
  } finally {
    archive.close();
  }
}

function readerFor(path: string, context: ReadContext, kind: string): AsyncGenerator<ArchiveItem> {
  if (kind === 'zip') return zipFile(path, context);
  if (kind === 'json' || kind === 'gzip') return bareDocument(path, context, kind === 'gzip');
  throw archiveErrors.notRecognised(
    kind === 'empty' ? 'the file is empty' : 'it is neither a zip archive nor a JSON file',
  );
}

/**
 * Reads an export from another app, or Saffron's own, from a file on disk. The format is
 * told from the content, never the file's name. Items come one at a time; take an item's
 * images before asking for the next one, which retires them.
 *
 * Throws `AppError` (BAD_REQUEST or PAYLOAD_TOO_LARGE) when the file as a whole cannot be
 * read; a recipe that cannot be read is a `skipped` item and the rest go on.
 */
export async function* readArchive(
  path: string,
  options: Partial<ArchiveLimits> = {},
): AsyncGenerator<ArchiveItem> {
  const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...options };
  const context: ReadContext = { limits, budget: new UnpackBudget(limits.maxTotalBytes) };
  let items = 0;
  for await (const item of readerFor(path, context, await kindOfFile(path))) {
    items++;
    if (item.kind === 'skipped') {
      yield item;
      continue;
    }
    let current = true;
    const retire = () =>
      Promise.reject(new Error('This image was retired: the next item was asked for.'));
    yield {
      ...item,
      images: item.images.map((image) => ({
        ...image,
        open: () => (current ? image.open() : retire()),
      })),
    };
    current = false;
  }
  if (items === 0) {
    throw archiveErrors.notRecognised('no recipe in it is in a format we read');
  }
}
