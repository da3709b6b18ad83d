import { controlClass } from '../../components/ui/field.tsx';
import type { HeadingDraft } from './recipe-draft.ts';
import { RowControls } from './row-controls.tsx';

/** A heading among rows ("For the sauce"), edited in place, movable like the rows around it. */
export function HeadingInput({
  heading,
  label,
  placeholder,
  removeLabel,
  errors,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  heading: HeadingDraft;
  label: string;
  placeholder: string;
  removeLabel: string;
  errors: string[] | undefined;
  index: number;
  count: number;
  onChange: (heading: HeadingDraft) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const errorId = `${heading.key}-error`;
  const name = heading.text.trim() || 'untitled';
  return (
    <div className="space-y-1">
      <div className="flex items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-xs font-medium">
          {label}
          <input
            value={heading.text}
            placeholder={placeholder}
            aria-invalid={errors ? true : undefined}
            aria-describedby={errors ? errorId : undefined}
            onChange={(event) => onChange({ ...heading, text: event.target.value })}
            className={controlClass({ invalid: Boolean(errors), extra: 'font-semibold' })}
          />
        </label>
        <RowControls
          label={`heading ${name}`}
          removeLabel={removeLabel}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
        />
      </div>
      {errors && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
