import type { TIngredientInput } from '@saffron/shared';
import type { Language } from '@saffron/shared/ingredients';
import { amountText } from './amount-text.ts';
import { ingredientSections } from './recipe-sections.ts';

function IngredientLine({
  row,
  factor,
  language,
}: {
  row: TIngredientInput;
  factor: number;
  language: Language;
}) {
  const food = [row.size, row.name].filter(Boolean).join(' ');
  return (
    <li className="flex gap-3 px-4 py-2">
      <span className="w-28 shrink-0 text-right font-medium tabular-nums">
        {amountText(row, language, factor)}
      </span>
      <span>
        {food}
        {row.preparation && `, ${row.preparation}`}
        {row.note && <span className="text-stone-600 dark:text-stone-400"> ({row.note})</span>}
      </span>
    </li>
  );
}

const listClass =
  'divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900';

/** The ingredients under their headings, amounts scaled by `factor` and written as cooks write them. */
export function IngredientList({
  ingredients,
  factor = 1,
  language,
}: {
  ingredients: TIngredientInput[];
  factor?: number;
  language: Language;
}) {
  if (ingredients.length === 0)
    return <p className="text-stone-600 dark:text-stone-400">No ingredients listed.</p>;
  return (
    <div className="space-y-4">
      {ingredientSections(ingredients).map((section, i) => (
        <div key={i} className="space-y-2">
          {section.title && <h3 className="text-lg font-semibold">{section.title}</h3>}
          <ul aria-label={section.title} className={listClass}>
            {section.rows.map((row, j) => (
              <IngredientLine key={j} row={row} factor={factor} language={language} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
