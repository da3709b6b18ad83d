import { recipeFieldsOf, type RecipeRecord } from '@saffron/db';
import { toAttachmentDto, type TRecipe } from '@saffron/shared';

/** The API's shape of a recipe: absent values are left out rather than sent as null. */
export function toRecipe(record: RecipeRecord): TRecipe {
  return { ...recipeFieldsOf(record), attachments: record.attachments.map(toAttachmentDto) };
}
