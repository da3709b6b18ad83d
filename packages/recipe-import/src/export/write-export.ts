import { Readable } from 'node:stream';
import yazl from 'yazl';
import { EXPORT_FORMAT_VERSION, recipeToJsonLd } from './json-ld.ts';
import { recipeFolderName, safeFileName, UniqueNames } from './file-names.ts';
import { exportReadme } from './readme.ts';
import {
  type ExportAttachment,
  type ExportedAttachment,
  type ExportOptions,
  type ExportRecipe,
} from './types.ts';

export const EXPORT_MANIFEST = 'saffron-export.json';
export const RECIPE_FILE = 'recipe.json';

// Already compressed: deflating them again costs time and saves nothing.
const STORED_TYPES = /^(image\/(?!svg)|video\/|audio\/|application\/(zip|gzip|x-7z-compressed))/;

interface EntryOptions {
  mtime: Date;
  compress: boolean;
  size?: number;
}

/**
 * Adds one entry whose stream is opened only when the zip reaches it, and resolves then:
 * by then everything before it has gone out through the stream's backpressure, so
 * waiting for it keeps the export one entry ahead of the reader, never more.
 */
function addWhenReached(
  zip: yazl.ZipFile,
  output: Readable,
  path: string,
  options: EntryOptions,
  open: () => Promise<Readable>,
): Promise<void> {
  return new Promise((resolve) => {
    zip.addReadStreamLazy(path, options, (give) => {
      resolve();
      open().then(
        (stream) => {
          // yazl pipes the stream but does not listen for its errors, nor for a reader
          // that went away, which would leave the source (a socket to storage) open.
          stream.once('error', (error) => output.destroy(error));
          const release = () => stream.destroy();
          output.once('close', release);
          stream.once('close', () => output.off('close', release));
          give(null, stream);
        },
        (error: unknown) => output.destroy(error as Error),
      );
    });
  });
}

function describeAttachments(attachments: ExportAttachment[]): ExportedAttachment[] {
  const names = new UniqueNames([RECIPE_FILE]);
  return attachments.map(({ filename, contentType, size, sha256 }) => ({
    file: names.claim(safeFileName(filename)),
    filename,
    contentType,
    size,
    sha256,
  }));
}

async function writeRecipes(
  zip: yazl.ZipFile,
  output: Readable,
  recipes: AsyncIterable<ExportRecipe>,
  mtime: Date,
): Promise<void> {
  const folders = new UniqueNames();
  // A reader that goes away stops the zip: nothing will be reached any more.
  const closed = new Promise<void>((resolve) => output.once('close', resolve));
  for await (const { recipe, attachments } of recipes) {
    if (output.destroyed) return;
    const folder = `recipes/${folders.claim(recipeFolderName(recipe.name, recipe.id))}/`;
    const described = describeAttachments(attachments);
    const json = JSON.stringify(recipeToJsonLd(recipe, { attachments: described }), null, 2);
    let reached = addWhenReached(zip, output, folder + RECIPE_FILE, { mtime, compress: true }, () =>
      Promise.resolve(Readable.from([Buffer.from(json)])),
    );
    attachments.forEach((attachment, index) => {
      const options = {
        mtime,
        compress: !STORED_TYPES.test(attachment.contentType),
        size: attachment.size,
      };
      reached = addWhenReached(zip, output, folder + described[index]!.file, options, () =>
        attachment.open(),
      );
    });
    await Promise.race([reached, closed]);
  }
}

/**
 * Saffron's own export, streamed as it is written: README.md, a manifest, and per recipe
 * `recipes/<slug>-<short id>/recipe.json` (schema.org plus the exact recipe) beside its
 * attachment files. Recipes are pulled from `recipes` only as fast as the reader takes the
 * zip. A failing source or attachment ends the stream with that error, so hand the stream
 * to its consumer (pipeline) at once, as with any stream.
 */
export function writeExport(
  recipes: AsyncIterable<ExportRecipe>,
  options: ExportOptions,
): Readable {
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const mtime = options.exportedAt;
  zip.on('error', (error: Error) => output.destroy(error));
  zip.addBuffer(Buffer.from(exportReadme(options)), 'README.md', { mtime });
  const manifest = {
    format: 'saffron-export',
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: options.exportedAt.toISOString(),
    appVersion: options.appVersion,
  };
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), EXPORT_MANIFEST, { mtime });
  writeRecipes(zip, output, recipes, mtime).then(
    () => {
      if (!output.destroyed) zip.end();
    },
    (error: unknown) => output.destroy(error as Error),
  );
  return output;
}
