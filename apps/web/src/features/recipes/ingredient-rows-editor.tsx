import type { FieldErrors } from '@saffron/shared';
import { formatUnit, UNITS } from '@saffron/shared/ingredients';
import { Button } from '../../components/ui/button.tsx';
import { isBlank } from './draft-rows.ts';
import { moveItem, moveToGroup, replaceItem, sectionsOf } from './draft-items.ts';
import { HeadingInput } from './heading-input.tsx';
import { IngredientRow } from './ingredient-row.tsx';
import { PasteIngredients } from './paste-ingredients.tsx';
import {
  emptyHeading,
  emptyIngredient,
  type HeadingDraft,
  type IngredientDraft,
  type IngredientItem,
} from './recipe-draft.ts';
import { useRecipeLanguage } from './use-recipe-language.ts';

const groupName = (heading: HeadingDraft) => heading.text.trim() || 'Untitled group';

/**
 * Ingredient rows under their group headings: type, paste many lines at once, add, rename and
 * remove groups, move rows up, down and between groups with buttons (keyboard friendly).
 */
export function IngredientRowsEditor({
  rows: items,
  errors,
  onChange,
}: {
  rows: IngredientItem[];
  errors: FieldErrors;
  onChange: (rows: IngredientItem[]) => void;
}) {
  const language = useRecipeLanguage();
  const sections = sectionsOf<IngredientDraft>(items);
  const headings = sections.flatMap((section) => (section.heading ? [section.heading] : []));
  const groups = [
    { key: undefined, label: 'No group' },
    ...headings.map((heading) => ({ key: heading.key, label: groupName(heading) })),
  ];
  const indexOf = (key: string) => items.findIndex((item) => item.key === key);
  const rowProps = (item: IngredientItem) => ({
    index: indexOf(item.key),
    count: items.length,
    onMove: (to: number) => onChange(moveItem(items, indexOf(item.key), to)),
    onRemove: () => onChange(items.filter((each) => each.key !== item.key)),
  });
  /** A new row last in its section: after its last row, or its heading. */
  const addTo = (afterKey: string | undefined) => {
    const at = afterKey === undefined ? items.length : indexOf(afterKey) + 1;
    onChange([...items.slice(0, at), emptyIngredient(), ...items.slice(at)]);
  };
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">Ingredients</legend>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Amounts such as 2, 1 1/2 or a range 2-3. Groups put rows under a heading, such as “For the
        sauce”.
      </p>
      <datalist id="units">
        {UNITS.map(({ unit }) => (
          <option key={unit} value={unit} label={formatUnit(unit, 2, language)} />
        ))}
      </datalist>
      {sections.map(({ heading, rows }) => {
        const last = rows.at(-1)?.key ?? heading?.key;
        const name = heading ? groupName(heading) : undefined;
        return (
          <section
            key={heading?.key ?? 'ungrouped'}
            aria-label={name ? `Group ${name}` : undefined}
            className={
              heading
                ? 'space-y-3 border-l-4 border-brand-600 pl-3 dark:border-brand-500'
                : 'space-y-3'
            }
          >
            {heading && (
              <HeadingInput
                heading={heading}
                label="Group heading"
                placeholder="For the sauce"
                removeLabel={`Remove group ${name} (keeps its ingredients)`}
                errors={errors[`ingredients.${heading.key}`]}
                onChange={(next) => onChange(replaceItem(items, heading.key, next))}
                {...rowProps(heading)}
              />
            )}
            {rows.length > 0 && (
              <ol className="space-y-3">
                {rows.map((row) => (
                  <li
                    key={row.key}
                    className="rounded-lg border border-stone-200 p-2 dark:border-stone-800"
                  >
                    <IngredientRow
                      row={row}
                      errors={errors}
                      groups={groups}
                      group={heading?.key}
                      onChange={(next) => onChange(replaceItem(items, row.key, next))}
                      onGroup={(to) => onChange(moveToGroup(items, row.key, to))}
                      {...rowProps(row)}
                    />
                  </li>
                ))}
              </ol>
            )}
            <Button
              variant="secondary"
              size="sm"
              aria-label={name ? `Add ingredient to ${name}` : undefined}
              onClick={() => addTo(last)}
            >
              Add ingredient
            </Button>
          </section>
        );
      })}
      {errors.ingredients && (
        <p className="text-sm text-red-700 dark:text-red-400">{errors.ingredients.join(' ')}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => onChange([...items, emptyHeading(), emptyIngredient()])}
        >
          Add group
        </Button>
        <PasteIngredients
          onAdd={(added) =>
            onChange([
              ...items.filter((item) => item.kind === 'heading' || !isBlank(item)),
              ...added,
            ])
          }
        />
      </div>
    </fieldset>
  );
}
