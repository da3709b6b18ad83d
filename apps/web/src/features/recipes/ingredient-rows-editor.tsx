import { UNITS } from '@saffron/shared';
import type { FieldErrors } from '@saffron/shared';
import { Button } from '../../components/ui/button.tsx';
import { controlClass } from '../../components/ui/field.tsx';
import { cn } from '../../lib/cn.ts';
import { PasteIngredients } from './paste-ingredients.tsx';
import { emptyIngredient, type IngredientDraft } from './recipe-draft.ts';

type Column = 'quantity' | 'unit' | 'name' | 'note';
const COLUMNS: { field: Column; label: string; className: string }[] = [
  { field: 'quantity', label: 'Amount', className: 'w-20' },
  { field: 'unit', label: 'Unit', className: 'w-24' },
  { field: 'name', label: 'Ingredient', className: 'min-w-0 flex-1' },
  { field: 'note', label: 'Note', className: 'min-w-0 flex-1' },
];

function move<T>(list: T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

/** Ingredient rows: type, paste many lines at once, reorder with buttons (keyboard friendly). */
export function IngredientRowsEditor({
  rows,
  errors,
  onChange,
}: {
  rows: IngredientDraft[];
  errors: FieldErrors;
  onChange: (rows: IngredientDraft[]) => void;
}) {
  const update = (index: number, field: Column, value: string) =>
    onChange(
      rows.map((row, i) => (i === index ? { ...row, [field]: value, original: undefined } : row)),
    );
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">Ingredients</legend>
      <datalist id="units">
        {UNITS.map((unit) => (
          <option key={unit.unit} value={unit.unit} />
        ))}
      </datalist>
      <ol className="space-y-3">
        {rows.map((row, index) => {
          const label = row.name.trim() || `row ${index + 1}`;
          const rowErrors = COLUMNS.flatMap(
            ({ field }) => errors[`ingredients.${row.key}.${field}`] ?? [],
          );
          return (
            <li
              key={row.key}
              className="rounded-lg border border-stone-200 p-2 dark:border-stone-800"
            >
              <div className="flex flex-wrap items-end gap-2">
                {COLUMNS.map(({ field, label: columnLabel, className }) => (
                  <label
                    key={field}
                    className={cn('flex flex-col gap-1 text-xs font-medium', className)}
                  >
                    {columnLabel}
                    <input
                      value={row[field]}
                      list={field === 'unit' ? 'units' : undefined}
                      inputMode={field === 'quantity' ? 'decimal' : undefined}
                      aria-invalid={errors[`ingredients.${row.key}.${field}`] ? true : undefined}
                      onChange={(event) => update(index, field, event.target.value)}
                      className={controlClass({
                        invalid: Boolean(errors[`ingredients.${row.key}.${field}`]),
                      })}
                    />
                  </label>
                ))}
                <div className="flex gap-1">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Move ${label} up`}
                    disabled={index === 0}
                    onClick={() => onChange(move(rows, index, index - 1))}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Move ${label} down`}
                    disabled={index === rows.length - 1}
                    onClick={() => onChange(move(rows, index, index + 1))}
                  >
                    ↓
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Remove ${label}`}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    ✕
                  </Button>
                </div>
              </div>
              {rowErrors.length > 0 && (
                <p className="mt-1 text-sm text-red-700 dark:text-red-400">{rowErrors.join(' ')}</p>
              )}
            </li>
          );
        })}
      </ol>
      {errors.ingredients && (
        <p className="text-sm text-red-700 dark:text-red-400">{errors.ingredients.join(' ')}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => onChange([...rows, emptyIngredient()])}
        >
          Add ingredient
        </Button>
        <PasteIngredients
          onAdd={(added) =>
            onChange([...rows.filter((row) => row.name.trim() || row.quantity.trim()), ...added])
          }
        />
      </div>
    </fieldset>
  );
}
