import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame, type FieldFrameProps } from './field.tsx';

/** A labelled multi-line input. */
export function TextArea({
  label,
  hint,
  errors,
  className,
  ...props
}: FieldFrameProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>) {
  return (
    <FieldFrame label={label} hint={hint} errors={errors} className={className}>
      {(control) => <textarea {...props} {...control} />}
    </FieldFrame>
  );
}
