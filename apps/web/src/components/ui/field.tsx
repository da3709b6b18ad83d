import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { cn } from '../../lib/cn.ts';

export const inputClass =
  'block w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-500 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400 min-h-11 md:min-h-10';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  errors?: string[] | undefined;
}

/** A labelled input whose errors are announced and tied to it (aria-describedby). */
export function Field({ label, hint, errors, className, ...props }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      <input
        id={id}
        {...props}
        aria-invalid={invalid || undefined}
        aria-describedby={cn(hint ? hintId : undefined, invalid && errorId) || undefined}
        className={cn(
          inputClass,
          invalid ? 'border-red-600 dark:border-red-400' : 'border-stone-300 dark:border-stone-700',
        )}
      />
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
