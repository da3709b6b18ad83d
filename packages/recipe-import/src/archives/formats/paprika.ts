import { Readable } from 'node:stream';
import { contentTypeOfName, kindOfImageBytes } from '../file-types.ts';
import { type Fields, type RecipeSource, isFields } from '../recipe-source.ts';
import { type ArchiveImage, type ArchiveItem } from '../types.ts';
import { linesOf, recipeItem } from './build-draft.ts';

/**
 * Paprika's `.paprikarecipes`: a zip of `<name>.paprikarecipe` entries, each one recipe as
 * gzipped JSON. Everything is text as the cook typed it (ingredients and directions one
 * per line, times like "1 hr 30 mins"); the photos travel inside, base64-encoded.
 */

export function isPaprikaRecipe(node: Fields): boolean {
  return (
    node['@type'] === undefined &&
    typeof node.name === 'string' &&
    (typeof node.directions === 'string' || typeof node.ingredients === 'string')
  );
}

const MAX_PHOTOS = 20;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

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

function photosOf(node: Fields): ArchiveImage[] {
  const main = photo(text(node.photo) ?? 'photo.jpg', node.photo_data);
  const more = (Array.isArray(node.photos) ? node.photos : [])
    .filter(isFields)
    .slice(0, MAX_PHOTOS)
    .map((item, index) => photo(text(item.filename) ?? `photo-${index + 2}.jpg`, item.data));
  return [main, ...more].filter((image): image is ArchiveImage => image !== undefined);
}

export function readPaprikaRecipe(node: Fields, source: RecipeSource): ArchiveItem {
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
      nutrition: text(node.nutritional_info),
      notes: node.notes,
      rating: node.rating,
    },
    photosOf(node),
  );
}
