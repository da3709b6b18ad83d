import { fieldErrorsOf } from '@saffron/client';
import type { FieldErrors } from '@saffron/shared/errors';
import { useState, type ChangeEvent, type Dispatch, type SetStateAction } from 'react';

export type Validation<Output> = { ok: true; data: Output } | { ok: false; errors: FieldErrors };

/** Turns a form's raw values into what the API takes, or says which fields are wrong. */
export type Validator<Values, Output> = (values: Values) => Validation<Output>;

/** A form's state and its setters, wherever they are kept (React state in `useForm`). */
export interface FormState<Values> {
  values: Values;
  setValues: Dispatch<SetStateAction<Values>>;
  errors: FieldErrors;
  setErrors: Dispatch<SetStateAction<FieldErrors>>;
}

/** What a form does with its state: bind fields, validate, show the server's field errors. */
export function formControls<Values extends object, Output>(
  validator: Validator<Values, Output>,
  { values, setValues, errors, setErrors }: FormState<Values>,
) {
  const set = <K extends keyof Values>(name: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [name]: value }));

  /** Props for a text <Field> bound to `name`. */
  const text = (name: keyof Values & string) => ({
    name,
    value: String(values[name] ?? ''),
    errors: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      set(name, event.target.value as Values[typeof name]),
  });

  /** The parsed values, or undefined after showing what is wrong. */
  const validate = (): Output | undefined => {
    const result = validator(values);
    setErrors(result.ok ? {} : result.errors);
    return result.ok ? result.data : undefined;
  };

  /** Field errors the server sent back (409 username taken, 400 wrong current password, ...). */
  const showServerErrors = (error: unknown) => setErrors(fieldErrorsOf(error));

  return { values, setValues, set, errors, setErrors, text, validate, showServerErrors };
}

/**
 * Form state with field-level errors from the browser's validator or from the server.
 * `initial` is read on the first render only; pass a function to build it only then.
 */
export function useForm<Values extends object, Output>(
  validator: Validator<Values, Output>,
  initial: Values | (() => Values),
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  return formControls(validator, { values, setValues, errors, setErrors });
}
