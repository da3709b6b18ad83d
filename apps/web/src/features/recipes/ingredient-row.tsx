import type { FieldErrors } from '@saffron/shared';
import { useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { controlClass } from '../../components/ui/field.tsx';
import { cn } from '../../lib/cn.ts';
import type { IngredientDraft } from './recipe-draft.ts';
import { RowControls } from './row-controls.tsx';

type Column = 'quantity' | 'quantityMax' | 'unit' | 'name' | 'size' | 'preparation' | 'note';
interface ColumnSpec {
  field: Column;
  label: string;
  className?: string;
  hint?: string;
}

/** Always on screen: what a phone row has room for. */
const MAIN: ColumnSpec[] = [
  { field: 'quantity', label: 'Amount' },
  { field: 'unit', label: 'Unit' },
  { field: 'name', label: 'Ingredient' },
];
/** Behind "Details". */
const DETAILS: ColumnSpec[] = [
  { field: 'quantityMax', label: 'Up to', hint: 'the larger amount of a range: 2 to 3' },
  { field: 'size', label: 'Size', hint: 'large, small' },
  { field: 'preparation', label: 'Preparation', hint: 'finely chopped' },
  { field: 'note', label: 'Note', hint: 'to taste, or 115 g' },
];

const errorsOf = (errors: FieldErrors, row: IngredientDraft, field: Column) =>
  errors[`ingredients.${row.key}.${field}`];

/** "up to 3 · large · chopped · to taste": the details, read at a glance while they are closed. */
function detailsSummary(row: IngredientDraft): string {
  return [
    row.quantityMax.trim() && `up to ${row.quantityMax.trim()}`,
    row.size.trim(),
    row.preparation.trim(),
    row.note.trim(),
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface IngredientRowProps {
  row: IngredientDraft;
  errors: FieldErrors;
  /** The headings it can move under; `undefined` stands for "no group". */
  groups: { key: string | undefined; label: string }[];
  group: string | undefined;
  index: number;
  count: number;
  onChange: (row: IngredientDraft) => void;
  onMove: (to: number) => void;
  onGroup: (headingKey: string | undefined) => void;
  onRemove: () => void;
}

/** One ingredient: amount, unit and name in a row; range, size, preparation and note beneath. */
export function IngredientRow({ row, errors, groups, group, ...props }: IngredientRowProps) {
  const detailErrors = DETAILS.some(({ field }) => errorsOf(errors, row, field));
  const [open, setOpen] = useState(false);
  const showDetails = open || detailErrors;
  const label = row.name.trim() || `row ${props.index + 1}`;
  const rowErrors = [...MAIN, ...DETAILS].flatMap(
    ({ field }) => errorsOf(errors, row, field) ?? [],
  );
  const errorId = `${row.key}-errors`;
  const summary = detailsSummary(row);
  // An edited row is no longer the line it was read from.
  const update = (field: Column, value: string) =>
    props.onChange({ ...row, [field]: value, original: undefined });
  const input = ({ field, label: columnLabel, className, hint }: ColumnSpec) => {
    const invalid = Boolean(errorsOf(errors, row, field));
    return (
      <label
        key={field}
        className={cn('flex min-w-0 flex-col gap-1 text-xs font-medium', className)}
      >
        {columnLabel}
        <input
          value={row[field]}
          list={field === 'unit' ? 'units' : undefined}
          inputMode={field === 'quantity' || field === 'quantityMax' ? 'decimal' : undefined}
          placeholder={hint}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => update(field, event.target.value)}
          className={controlClass({ invalid })}
        />
      </label>
    );
  };
  return (
    <div className="space-y-2">
      <div className="grid grid-cols-[4rem_5.5rem_minmax(0,1fr)] items-end gap-2 sm:grid-cols-[6rem_7rem_minmax(0,1fr)]">
        {MAIN.map(input)}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
        <Button
          variant="ghost"
          size="sm"
          aria-expanded={showDetails}
          aria-controls={showDetails ? `${row.key}-details` : undefined}
          onClick={() => setOpen(!showDetails)}
          className="min-w-0 justify-start px-2 text-left"
        >
          <span aria-hidden="true">{showDetails ? '▾' : '▸'}</span>
          <span className="truncate">
            Details
            {summary && !showDetails && (
              <span className="font-normal text-stone-600 dark:text-stone-400">: {summary}</span>
            )}
            {/* Last, so the name still starts with what is seen. */}
            <span className="sr-only"> ({label})</span>
          </span>
        </Button>
        <RowControls label={label} {...props} />
      </div>
      {showDetails && (
        <div id={`${row.key}-details`} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {DETAILS.map(input)}
          {groups.length > 1 && (
            <label className="col-span-2 flex flex-col gap-1 text-xs font-medium">
              Group
              <select
                value={group ?? ''}
                onChange={(event) => props.onGroup(event.target.value || undefined)}
                className={controlClass()}
              >
                {groups.map((option) => (
                  <option key={option.key ?? ''} value={option.key ?? ''}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      {rowErrors.length > 0 && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {rowErrors.join(' ')}
        </p>
      )}
    </div>
  );
}
