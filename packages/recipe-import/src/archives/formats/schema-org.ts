import { asList, isNode, property, type TNode } from '../../schema-org/node.ts';
import { draftFromSchemaRecipe } from '../../schema-org/recipe.ts';
import { baseName, resolveRelative } from '../entry-path.ts';
import { isImageName } from '../file-types.ts';
import { type RecipeSource, folderOfSource } from '../recipe-source.ts';
import { type ArchiveImage, type ArchiveItem } from '../types.ts';

/**
 * schema.org recipes in an archive: Nextcloud Cookbook's folders (`<name>/recipe.json` beside
 * `full.jpg`), or any zip or JSON of them — one, a list, a `@graph` — with photos referenced
 * by a path relative to the JSON file. The mapping itself is the one web pages use.
 */

// Relative references resolve to file: URLs, which the mapper keeps out of imageUrls.
const ARCHIVE_BASE = 'file:///';
const MAX_IMAGES = 20;

function imageReferences(node: TNode): string[] {
  return asList(property(node, 'image'))
    .slice(0, MAX_IMAGES)
    .map((item) => (isNode(item) ? (property(item, 'contentUrl') ?? property(item, 'url')) : item))
    .filter((reference): reference is string => typeof reference === 'string');
}

/** Photos the recipe points at inside the archive, else the one Nextcloud keeps beside it. */
function archiveImages(node: TNode, source: RecipeSource): ArchiveImage[] {
  const { archive } = source;
  if (!archive) return [];
  const folder = folderOfSource(source);
  const referenced = imageReferences(node)
    .map((reference) => resolveRelative(folder, reference))
    .filter((path): path is string => path !== undefined && archive.has(path) && isImageName(path));
  const beside = archive
    .filesIn(folder)
    .filter((path) => baseName(path).startsWith('full.') && isImageName(path));
  const paths = referenced.length > 0 ? [...new Set(referenced)] : beside.slice(0, 1);
  return paths.map((path) => archive.image(path));
}

export function* readSchemaDocument(node: TNode, source: RecipeSource): Generator<ArchiveItem> {
  const graph = property(node, '@graph');
  const candidates = Array.isArray(graph) ? graph.filter(isNode) : [node];
  let found = 0;
  for (const candidate of candidates) {
    const reading = draftFromSchemaRecipe(candidate, ARCHIVE_BASE);
    if (!reading) continue;
    found++;
    yield {
      kind: 'recipe',
      entry: found > 1 ? `${source.label} #${found}` : source.label,
      draft: reading.draft,
      images: archiveImages(candidate, source),
      warnings: reading.warnings,
    };
  }
}
