import { Readable } from 'node:stream';
import { contentTypeOfName, kindOfImageBytes } from '../file-types.ts';
import { isNode, type TNode } from '../../schema-org/node.ts';
import { type RecipeSource } from '../recipe-source.ts';
import { type ArchiveImage, type ArchiveItem } from '../types.ts';
import { linesOf, recipeItem } from './build-draft.ts';
import { presentText } from '../../values.ts';

/**
 * Paprika's `.paprikarecipes`: a zip of `<name>.paprikarecipe` entries, each one recipe as
 * gzipped JSON. Everything is text as the cook typed it (ingredients and directions one
 * per line, times like "1 hr 30 mins"); the photos travel inside, base64-encoded.
 */

export function isPaprikaRecipe(node: TNode): boolean {
  return (
    node['@type'] === undefined &&
    typeof node.name === 'string' &&
    (typeof node.directions === 'string' || typeof node.ingredients === 'string')
  );
}

const MAX_PHOTOS = 20;

/** A base64 photo as an image; bytes that are no known image are left out. */
function photo(name: string, data: unknown): ArchiveImage | undefined {
  if (typeof data !== 'string' || data === '') return undefined;
  const bytes = Buffer.from(data, 'base64');
  const contentType = kindOfImageBytes(bytes) ?? contentTypeOfName(name);
  if (!contentType) return undefined;
  return {
    name,
    contentType,
    size: bytes.length,
    open: () => Promise.resolve(Readable.from([bytes])),
  };
}

function photosOf(node: TNode): ArchiveImage[] {
  const main = photo(presentText(node.photo) ?? 'photo.jpg', node.photo_data);
  const more = (Array.isArray(node.photos) ? node.photos : [])
    .filter(isNode)
    .slice(0, MAX_PHOTOS)
    .map((item, index) => photo(presentText(item.filename) ?? `photo-${index + 2}.jpg`, item.data));
  return [main, ...more].filter((image): image is ArchiveImage => image !== undefined);
}

export function readPaprikaRecipe(node: TNode, source: RecipeSource): ArchiveItem {
  return recipeItem(
    source,
    {
      name: node.name,
      description: node.description,
      yield: node.servings,
      times: { prep: node.prep_time, cook: node.cook_time, total: node.total_time },
      ingredients: linesOf(node.ingredients),
      steps: linesOf(node.directions),
      tags: [node.categories],
      imageUrls: node.image_url,
      sourceUrl: node.source_url,
      nutrition: presentText(node.nutritional_info),
      notes: node.notes,
      rating: node.rating,
    },
    photosOf(node),
  );
}
