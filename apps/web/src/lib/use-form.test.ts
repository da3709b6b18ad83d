import { ZNewAccountInput } from '@saffron/shared';
import { TRPCClientError } from '@trpc/client';
import type { ChangeEvent, SetStateAction } from 'react';
import { describe, expect, it } from 'vitest';
import { formControls, type Validator } from './use-form.ts';
import { zodValidator } from './use-zod-form.ts';

const next = <T>(current: T, action: SetStateAction<T>): T =>
  typeof action === 'function' ? (action as (value: T) => T)(current) : action;

/** A form whose state lives here, as React keeps it: each read sees the latest render. */
function formOf<Values extends object, Output>(
  validator: Validator<Values, Output>,
  initial: Values,
) {
  let values = initial;
  let errors = {};
  return () =>
    formControls(validator, {
      values,
      setValues: (action) => (values = next(values, action)),
      errors,
      setErrors: (action) => (errors = next(errors, action)),
    });
}

const typed = (value: string) => ({ target: { value } }) as ChangeEvent<HTMLInputElement>;

describe('form controls', () => {
  const signUp = () => formOf(zodValidator(ZNewAccountInput), { username: '', password: '' });

  it('binds a text field: its value, its errors, and what is typed into it', () => {
    const form = signUp();
    expect(form().text('username')).toMatchObject({ name: 'username', value: '' });
    form().text('username').onChange(typed(' Alice '));
    form().set('password', 'long enough passphrase');
    expect(form().values).toEqual({ username: ' Alice ', password: 'long enough passphrase' });
    expect(form().text('username').value).toBe(' Alice ');
  });

  it('shows what is wrong and returns nothing, then returns the parsed values once fixed', () => {
    const form = signUp();
    form().set('username', 'al');
    form().set('password', 'short');
    expect(form().validate()).toBeUndefined();
    expect(form().text('username').errors).toEqual(['Username must be at least 3 characters']);
    expect(form().errors.password).toEqual(['Password must be at least 12 characters']);

    form().set('username', ' Alice ');
    form().set('password', 'long enough passphrase');
    expect(form().validate()).toEqual({ username: 'alice', password: 'long enough passphrase' });
    expect(form().errors).toEqual({});
  });

  it("shows the server's field errors under the fields, and nothing for other failures", () => {
    const form = signUp();
    const taken = new TRPCClientError('taken', {
      result: {
        error: { data: { httpStatus: 409, fieldErrors: { username: ['That username is taken'] } } },
      },
    });
    form().showServerErrors(taken);
    expect(form().text('username').errors).toEqual(['That username is taken']);
    form().showServerErrors(new TypeError('Failed to fetch'));
    expect(form().errors).toEqual({});
  });

  it('shows a number or a missing value as text', () => {
    type Values = { servings?: number | undefined };
    const initial: Values = { servings: 4 };
    const form = formOf((values: Values) => ({ ok: true, data: values }), initial);
    expect(form().text('servings').value).toBe('4');
    form().set('servings', undefined);
    expect(form().text('servings').value).toBe('');
  });
});
