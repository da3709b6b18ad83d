import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { archiveErrors, isFatal, reasonOf } from './errors.ts';
import { isMealieRecipe, readMealieRecipe } from './formats/mealie.ts';
import { isMealieBackup, readMealieBackup } from './formats/mealie-backup.ts';
import { isPaprikaRecipe, readPaprikaRecipe } from './formats/paprika.ts';
import { readSaffronRecipe, hasSaffronExtension } from './formats/saffron.ts';
import { readSchemaDocument } from './formats/schema-org.ts';
import { isTandoorRecipe, readTandoorRecipe } from './formats/tandoor.ts';
import { isNode, type TNode } from '../schema-org/node.ts';
import { type RecipeSource, unreadable } from './recipe-source.ts';
import { type ArchiveItem } from './types.ts';
import { type ReadContext } from './zip-archive.ts';

/**
 * One JSON document, whichever app wrote it: each format says whether a node is its own,
 * by the node's shape (never the file's name), and reads it into items.
 */
type Reading =
  ArchiveItem | Promise<ArchiveItem> | Iterable<ArchiveItem> | AsyncIterable<ArchiveItem>;

interface Format {
  matches(node: TNode): boolean;
  /** One recipe, or several (a backup, a schema.org graph). */
  read(node: TNode, source: RecipeSource): Reading;
}

async function* itemsOf(reading: Reading): AsyncGenerator<ArchiveItem> {
  if (Symbol.asyncIterator in reading || Symbol.iterator in reading) yield* reading;
  else yield await reading;
}

// Most specific first: Saffron's export is also schema.org, Mealie's JSON looks like it too.
const FORMATS: Format[] = [
  { matches: hasSaffronExtension, read: readSaffronRecipe },
  { matches: isMealieBackup, read: readMealieBackup },
  { matches: isTandoorRecipe, read: readTandoorRecipe },
  { matches: isPaprikaRecipe, read: readPaprikaRecipe },
  { matches: isMealieRecipe, read: readMealieRecipe },
  // Last, for anything else: it yields nothing for a node that is no schema.org recipe.
  { matches: () => true, read: readSchemaDocument },
];

/** The recipes in one parsed document; nodes that are no recipe at all are passed over. */
export async function* recipesInDocument(
  json: unknown,
  source: RecipeSource,
): AsyncGenerator<ArchiveItem> {
  const nodes = Array.isArray(json) ? json : [json];
  for (const [index, node] of nodes.entries()) {
    const format = isNode(node) ? FORMATS.find((candidate) => candidate.matches(node)) : undefined;
    if (!format) continue;
    const label = nodes.length > 1 ? `${source.label} #${index + 1}` : source.label;
    const at = { ...source, label };
    try {
      yield* itemsOf(format.read(node as TNode, at));
    } catch (error) {
      if (isFatal(error)) throw error;
      yield unreadable(label, error);
    }
  }
}

/** JSON text from an export; a byte order mark is not part of it. */
export function parseJson(bytes: Buffer): unknown {
  return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
}

const gunzipAsync = promisify(gunzip);

/** A gzipped document (Paprika's), unpacked under the same caps as a zip entry. */
export async function gunzipDocument(
  packed: Buffer,
  context: ReadContext,
  label: string,
): Promise<Buffer> {
  const { maxJsonBytes, maxRatio, ratioGraceBytes } = context.limits;
  let bytes: Buffer;
  try {
    bytes = await gunzipAsync(packed, { maxOutputLength: maxJsonBytes });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw archiveErrors.entryTooLarge(label, maxJsonBytes);
    }
    throw archiveErrors.damaged(`"${label}" cannot be unpacked (${reasonOf(error)})`);
  }
  context.budget.charge(packed, bytes.length);
  if (bytes.length > ratioGraceBytes && bytes.length > maxRatio * packed.length) {
    throw archiveErrors.bomb(label, maxRatio);
  }
  return bytes;
}
