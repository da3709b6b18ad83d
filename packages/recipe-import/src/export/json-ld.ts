import { transformer } from '@saffron/shared/transformer';
import { type DraftLine } from '../draft.ts';
import { totalMinutesOf, viewRecipe } from './recipe-view.ts';
import { type ExportableRecipe, type ExportedAttachment } from './types.ts';

/**
 * A recipe as a schema.org `Recipe` any app can read, plus one extension property holding
 * the recipe exactly (superjson, so Dates and undefined come back as they were) and its
 * attachments' checksums: what makes importing Saffron's own export lossless.
 */
export const SAFFRON_PROPERTY = 'saffron:export';
export const EXPORT_FORMAT_VERSION = 1;

export interface SaffronExtension {
  formatVersion: number;
  recipe: unknown;
  recipeMeta?: unknown;
  attachments: ExportedAttachment[];
}

/** Whole minutes as an ISO 8601 duration: 90 → "PT1H30M". */
export function isoDuration(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

function howToSteps(steps: DraftLine[]): unknown[] {
  const step = (line: DraftLine) => ({ '@type': 'HowToStep', text: line.text });
  if (!steps.some((line) => line.group)) return steps.map(step);
  const sections: { '@type': 'HowToSection'; name: string; itemListElement: unknown[] }[] = [];
  const items: unknown[] = [];
  for (const line of steps) {
    if (!line.group) {
      items.push(step(line));
      continue;
    }
    const last = sections.at(-1);
    if (last?.name === line.group && items.at(-1) === last) last.itemListElement.push(step(line));
    else {
      const section = {
        '@type': 'HowToSection' as const,
        name: line.group,
        itemListElement: [step(line)],
      };
      sections.push(section);
      items.push(section);
    }
  }
  return items;
}

export interface JsonLdOptions {
  /** Attachments written beside the recipe; images among them become `image`. */
  attachments?: ExportedAttachment[];
}

export function recipeToJsonLd(
  recipe: ExportableRecipe,
  options: JsonLdOptions = {},
): Record<string, unknown> {
  const view = viewRecipe(recipe);
  const attachments = options.attachments ?? [];
  const images = attachments.filter((file) => file.contentType.startsWith('image/'));
  const total = totalMinutesOf(view);
  const yieldText = view.yieldText ?? (view.servings ? String(view.servings) : undefined);
  const { json, meta } = transformer.serialize(recipe);
  const extension: SaffronExtension = {
    formatVersion: EXPORT_FORMAT_VERSION,
    recipe: json,
    ...(meta ? { recipeMeta: meta } : {}),
    attachments,
  };
  const fields: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Recipe',
    name: view.name,
    description: view.description,
    recipeYield: yieldText,
    prepTime: view.prepMinutes ? isoDuration(view.prepMinutes) : undefined,
    cookTime: view.cookMinutes ? isoDuration(view.cookMinutes) : undefined,
    totalTime: total ? isoDuration(total) : undefined,
    recipeIngredient: view.ingredients.map((line) => line.text),
    recipeInstructions: howToSteps(view.steps),
    keywords: view.tags.length > 0 ? view.tags.join(', ') : undefined,
    image: images.length > 0 ? images.map((file) => file.file) : undefined,
    url: view.sourceUrl,
    dateCreated: view.createdAt,
    dateModified: view.updatedAt,
    [SAFFRON_PROPERTY]: extension,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
