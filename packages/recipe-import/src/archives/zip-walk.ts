import { extensionOf } from './entry-path.ts';
import { isFatal } from './errors.ts';
import { skipped, unreadable } from './recipe-source.ts';
import { gunzipDocument, parseJson, recipesInDocument } from './documents.ts';
import { type ArchiveItem } from './types.ts';
import { ZipArchive } from './zip-archive.ts';

/**
 * Every file in a zip that can hold recipes: JSON documents, Paprika's gzipped recipes,
 * and zips inside the zip (Tandoor's, one recipe each) — one level deep, no more.
 */

/** Reads one entry's document; a broken or oversized entry costs only that entry. */
async function* documentEntry(
  archive: ZipArchive,
  path: string,
  unpack: (bytes: Buffer, label: string) => Promise<Buffer>,
): AsyncGenerator<ArchiveItem> {
  const label = archive.label(path);
  let json: unknown;
  try {
    const bytes = await archive.readBuffer(path, archive.context.limits.maxJsonBytes);
    json = parseJson(await unpack(bytes, label));
  } catch (error) {
    if (isFatal(error)) throw error;
    yield unreadable(label, error);
    return;
  }
  yield* recipesInDocument(json, { archive, path, label });
}

async function* nestedZip(archive: ZipArchive, path: string): AsyncGenerator<ArchiveItem> {
  const label = archive.label(path);
  let inner: ZipArchive;
  try {
    const bytes = await archive.readBuffer(path, archive.context.limits.maxNestedZipBytes);
    inner = await ZipArchive.open(bytes, archive.context, `${label}/`);
  } catch (error) {
    if (isFatal(error)) throw error;
    yield unreadable(label, error);
    return;
  }
  yield* recipesInZip(inner, true);
}

export async function* recipesInZip(
  archive: ZipArchive,
  nested: boolean,
): AsyncGenerator<ArchiveItem> {
  yield* archive.refused;
  for (const path of archive.names()) {
    const extension = extensionOf(path);
    if (extension === 'json') {
      yield* documentEntry(archive, path, (bytes) => Promise.resolve(bytes));
    } else if (extension === 'paprikarecipe') {
      yield* documentEntry(archive, path, (bytes, label) =>
        gunzipDocument(bytes, archive.context, label),
      );
    } else if (extension === 'zip' && nested) {
      yield skipped(archive.label(path), 'A zip inside a zip inside the archive is not read.');
    } else if (extension === 'zip') {
      yield* nestedZip(archive, path);
    }
  }
}
