import type { RecipeRecord } from '@saffron/db';
import { toAttachmentDto, type TRecipe } from '@saffron/shared';

const present = <T>(value: T | null): T | undefined => value ?? undefined;

/** The API's shape of a recipe: absent values are left out rather than sent as null. */
export function toRecipe(record: RecipeRecord): TRecipe {
  return {
    id: record.id,
    name: record.name,
    description: present(record.description),
    servings: present(record.servings),
    prepMinutes: present(record.prepMinutes),
    cookMinutes: present(record.cookMinutes),
    totalMinutes: present(record.totalMinutes),
    yieldText: present(record.yieldText),
    author: present(record.author),
    nutrition: present(record.nutrition),
    notes: present(record.notes),
    sourceUrl: present(record.sourceUrl),
    steps: record.steps,
    stepGroups: record.stepGroups,
    tags: record.tags,
    ingredients: record.ingredients.map((row) => ({
      quantity: present(row.quantity),
      quantityMax: present(row.quantityMax),
      unit: present(row.unit),
      name: row.name,
      size: present(row.size),
      preparation: present(row.preparation),
      note: present(row.note),
      original: present(row.original),
      group: present(row.group),
    })),
    attachments: record.attachments.map(toAttachmentDto),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
