import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { cn } from '../../lib/cn.ts';

const inputClass =
  'block w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-500 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400 min-h-11 md:min-h-10';

/** The look of every text control; `extra` adds layout (width, padding) for one place. */
export function controlClass({
  invalid = false,
  extra,
}: { invalid?: boolean; extra?: string } = {}) {
  return cn(
    inputClass,
    invalid ? 'border-red-600 dark:border-red-400' : 'border-stone-300 dark:border-stone-700',
    extra,
  );
}

export interface FieldFrameProps {
  label: string;
  hint?: ReactNode;
  errors?: string[] | undefined;
  className?: string | undefined;
}

/** What a labelled control needs from its frame: its id, and the ARIA that ties errors to it. */
interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  className: string;
}

/** Label, hint and errors around one control, with the errors announced and tied to it. */
export function FieldFrame({
  label,
  hint,
  errors,
  className,
  children,
}: FieldFrameProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      {children({
        id,
        'aria-invalid': invalid || undefined,
        'aria-describedby': cn(hint ? hintId : undefined, invalid && errorId) || undefined,
        className: controlClass({ invalid }),
      })}
      {hint && (
        <p id={hintId} className="text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}

export type FieldProps = FieldFrameProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

/** A labelled input. */
export function Field({ label, hint, errors, className, ...props }: FieldProps) {
  return (
    <FieldFrame label={label} hint={hint} errors={errors} className={className}>
      {(control) => <input {...props} {...control} />}
    </FieldFrame>
  );
}
