import { LIMITS } from '../limits.ts';
import { stringToText } from '../html/fragment.ts';
import { clip } from '../text/whitespace.ts';
import { isNode, localTypeName } from './node.ts';

// Labels a reader knows, for the properties of schema.org NutritionInformation.
const LABELS: Record<string, string> = {
  servingsize: 'Serving size',
  calories: 'Calories',
  fatcontent: 'Fat',
  saturatedfatcontent: 'Saturated fat',
  unsaturatedfatcontent: 'Unsaturated fat',
  transfatcontent: 'Trans fat',
  cholesterolcontent: 'Cholesterol',
  sodiumcontent: 'Sodium',
  carbohydratecontent: 'Carbohydrates',
  fibercontent: 'Fiber',
  sugarcontent: 'Sugar',
  proteincontent: 'Protein',
};

/** NutritionInformation (or a plain string) as one line: "Calories 320 kcal · Fat 12 g". */
export function nutritionOf(value: unknown): string | undefined {
  if (typeof value === 'string') return stringToText(value) || undefined;
  if (!isNode(value)) return undefined;
  const parts: string[] = [];
  for (const [key, raw] of Object.entries(value)) {
    const label = LABELS[localTypeName(key)];
    if (label === undefined || (typeof raw !== 'string' && typeof raw !== 'number')) continue;
    const amount = stringToText(String(raw));
    if (amount !== '') parts.push(`${label} ${amount}`);
  }
  return parts.length === 0 ? undefined : clip(parts.join(' · '), LIMITS.nutritionChars);
}
