import { createHash } from 'node:crypto';
import { transformer } from '@saffron/shared/transformer';
import { EXPORT_FORMAT_VERSION, SAFFRON_PROPERTY } from '../../export/json-ld.ts';
import { viewRecipe } from '../../export/recipe-view.ts';
import { type ExportableRecipe, type ExportedAttachment } from '../../export/types.ts';
import { resolveRelative } from '../entry-path.ts';
import { buildDraft } from './build-draft.ts';
import { isFatal, reasonOf } from '../errors.ts';
import { isNode, type TNode } from '../../schema-org/node.ts';
import { type RecipeSource, folderOfSource, skipped } from '../recipe-source.ts';
import { type ArchiveImage, type ArchiveItem } from '../types.ts';

/** Saffron's own export: the recipe object restored exactly, attachments checked by SHA-256. */

export function hasSaffronExtension(node: TNode): boolean {
  return isNode(node[SAFFRON_PROPERTY]);
}

const SHA256 = /^[0-9a-f]{64}$/;

function attachmentOf(value: unknown): ExportedAttachment | undefined {
  if (!isNode(value)) return undefined;
  const { file, filename, contentType, size, sha256 } = value;
  if (typeof file !== 'string' || typeof filename !== 'string') return undefined;
  if (typeof contentType !== 'string' || typeof sha256 !== 'string' || !SHA256.test(sha256)) {
    return undefined;
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined;
  return { file, filename, contentType, size, sha256 };
}

function restoredRecipe(extension: TNode): ExportableRecipe | undefined {
  try {
    const recipe: unknown = transformer.deserialize({
      json: extension.recipe as never,
      ...(isNode(extension.recipeMeta) ? { meta: extension.recipeMeta } : {}),
    });
    if (!isNode(recipe) || typeof recipe.id !== 'string' || typeof recipe.name !== 'string') {
      return undefined;
    }
    return recipe as ExportableRecipe;
  } catch {
    return undefined;
  }
}

/** Reads the attachment through once: only bytes that match the export's checksum come in. */
async function verifiedAttachment(
  source: RecipeSource,
  attachment: ExportedAttachment,
  warnings: string[],
): Promise<ArchiveImage | undefined> {
  const { archive } = source;
  const path = resolveRelative(folderOfSource(source), attachment.file);
  if (!archive || !path || !archive.has(path)) {
    warnings.push(`The attachment "${attachment.filename}" is not in the archive.`);
    return undefined;
  }
  const { maxEntryBytes } = archive.context.limits;
  try {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of await archive.openEntry(path, maxEntryBytes)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    if (size !== attachment.size || hash.digest('hex') !== attachment.sha256) {
      warnings.push(
        `The attachment "${attachment.filename}" was left out: its bytes do not match the checksum in the export.`,
      );
      return undefined;
    }
  } catch (error) {
    if (isFatal(error)) throw error;
    warnings.push(`The attachment "${attachment.filename}" was left out: ${reasonOf(error)}`);
    return undefined;
  }
  const file = archive.image(path);
  return {
    name: attachment.filename,
    contentType: attachment.contentType,
    size: attachment.size,
    sha256: attachment.sha256,
    open: () => file.open(),
  };
}

export async function readSaffronRecipe(node: TNode, source: RecipeSource): Promise<ArchiveItem> {
  const extension = node[SAFFRON_PROPERTY] as TNode;
  const version = extension.formatVersion;
  if (typeof version !== 'number' || version > EXPORT_FORMAT_VERSION) {
    return skipped(
      source.label,
      'It was exported by a newer version of Saffron: update Saffron to import it.',
    );
  }
  const recipe = restoredRecipe(extension);
  if (!recipe)
    return skipped(
      source.label,
      "Its Saffron data is damaged: the recipe's own fields cannot be read.",
    );
  const warnings: string[] = [];
  const images: ArchiveImage[] = [];
  const listed = Array.isArray(extension.attachments) ? extension.attachments : [];
  for (const value of listed) {
    const attachment = attachmentOf(value);
    if (!attachment) {
      warnings.push('One attachment is described wrongly in the export and was left out.');
      continue;
    }
    const image = await verifiedAttachment(source, attachment, warnings);
    if (image) images.push(image);
  }
  const view = viewRecipe(recipe);
  const { draft } = buildDraft({
    ...view,
    yield: [view.servings, view.yieldText].filter((value) => value !== undefined),
    times: { prep: view.prepMinutes, cook: view.cookMinutes, total: view.totalMinutes },
  });
  return { kind: 'recipe', entry: source.label, draft, exact: recipe, images, warnings };
}
