import { type RecipeDraft } from './draft.ts';
import { parseDuration, statesNoTime } from './text/duration.ts';
import { cleanText, clip } from './text/whitespace.ts';
import { parseYield } from './text/yield.ts';

type TTimes = Pick<RecipeDraft, 'prepMinutes' | 'cookMinutes' | 'totalMinutes'>;
type TYieldFields = Pick<RecipeDraft, 'servings' | 'yieldText'>;

const TIME_LABELS = { prep: 'Prep time', cook: 'Cook time', total: 'Total time' } as const;

/** How a stated value is quoted in a warning: short, on one line. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${clip(cleanText(text), 80)}'`;
}

function stated(value: unknown): boolean {
  return (
    value !== undefined &&
    value !== null &&
    value !== '' &&
    !(Array.isArray(value) && value.length === 0)
  );
}

/** Prep, cook and total minutes from whatever the source states; total from prep + cook when absent. */
export function timeFields(
  values: Record<keyof typeof TIME_LABELS, unknown>,
  warnings: string[],
): TTimes {
  const minutes = (key: keyof typeof TIME_LABELS): number | undefined => {
    const value = values[key];
    const parsed = parseDuration(value);
    // "PT0M" states no time; anything else unreadable is worth telling.
    if (parsed === undefined && stated(value) && !statesNoTime(value)) {
      warnings.push(`${TIME_LABELS[key]} could not be read from ${quoted(value)}`);
    }
    return parsed;
  };
  const prepMinutes = minutes('prep');
  const cookMinutes = minutes('cook');
  const statedTotal = minutes('total');
  const totalMinutes =
    statedTotal ??
    (prepMinutes === undefined && cookMinutes === undefined
      ? undefined
      : (prepMinutes ?? 0) + (cookMinutes ?? 0));
  return {
    ...(prepMinutes === undefined ? {} : { prepMinutes }),
    ...(cookMinutes === undefined ? {} : { cookMinutes }),
    ...(totalMinutes === undefined ? {} : { totalMinutes }),
  };
}

/** Servings and the printed yield; a warning when a yield is stated but counts no servings. */
export function yieldFields(value: unknown, warnings: string[]): TYieldFields {
  const { servings, yieldText } = parseYield(value);
  if (servings === undefined && stated(value))
    warnings.push(`Servings could not be read from ${quoted(value)}`);
  return {
    ...(servings === undefined ? {} : { servings }),
    ...(yieldText === undefined ? {} : { yieldText }),
  };
}

/** What a user should know is missing before saving the draft. */
export function completenessWarnings(draft: RecipeDraft): string[] {
  return [
    ...(draft.name === '' ? ['No title found'] : []),
    ...(draft.ingredients.length === 0 ? ['No ingredients found'] : []),
    ...(draft.steps.length === 0 ? ['No steps found'] : []),
  ];
}
