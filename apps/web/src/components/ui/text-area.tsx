import { useId, type TextareaHTMLAttributes } from 'react';
import { cn } from '../../lib/cn.ts';
import { inputClass } from './field.tsx';

export function TextArea({
  label,
  errors,
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; errors?: string[] | undefined }) {
  const id = useId();
  const invalid = Boolean(errors?.length);
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      <textarea
        id={id}
        {...props}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        className={cn(
          inputClass,
          invalid ? 'border-red-600 dark:border-red-400' : 'border-stone-300 dark:border-stone-700',
        )}
      />
      {invalid && (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}
