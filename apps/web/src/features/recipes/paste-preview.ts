import {
  detectLanguage,
  parseIngredientLines,
  type Language,
  type ParsedIngredient,
} from '@saffron/shared/ingredients';
import { emptyHeading, newKey, type IngredientDraft, type IngredientItem } from './recipe-draft.ts';

type ParsedRow = Extract<ParsedIngredient, { kind: 'ingredient' }>;

const rowOf = (parsed: ParsedRow): IngredientDraft => ({
  kind: 'ingredient',
  key: newKey(),
  quantity: parsed.quantity ?? '',
  quantityMax: parsed.quantityMax ?? '',
  unit: parsed.unit ?? '',
  name: parsed.name,
  size: parsed.size ?? '',
  preparation: parsed.preparation ?? '',
  note: parsed.note ?? '',
  original: parsed.original,
});

export interface PastedLines {
  /** The language the lines were read in. */
  language: Language;
  /** Whether that language came from the lines themselves rather than the preference. */
  detected: boolean;
  /** Rows, with each heading line ("For the sauce:") before the rows it heads. */
  items: IngredientItem[];
}

/**
 * A pasted list read as rows: in the language asked for, else the one the lines clearly show,
 * else the person's own. Heading lines become the group of the rows after them.
 */
export function readPastedLines(text: string, preferred: Language, asked?: Language): PastedLines {
  const detectedLanguage = asked ? undefined : detectLanguage(text.split(/\r?\n/));
  const language = asked ?? detectedLanguage ?? preferred;
  const items = parseIngredientLines(text, { language }).flatMap((parsed): IngredientItem[] => {
    if (parsed.kind === 'heading') return [emptyHeading(parsed.heading)];
    return parsed.kind === 'ingredient' ? [rowOf(parsed)] : [];
  });
  return { language, detected: detectedLanguage !== undefined, items };
}
