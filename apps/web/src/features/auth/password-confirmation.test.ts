import { fieldErrorsFrom, ZChangePasswordInput, ZNewAccountInput } from '@saffron/shared';
import { describe, expect, it } from 'vitest';
import { withConfirmation } from './password-confirmation.ts';

const password = 'correct horse battery';

describe('withConfirmation', () => {
  const ZSetup = withConfirmation(ZNewAccountInput, 'password');

  it('accepts a repeated password and keeps every field', () => {
    const result = ZSetup.safeParse({ username: 'ada', password, confirm: password });
    expect(result.data).toEqual({ username: 'ada', password, confirm: password });
  });

  it('reports a different repetition on the confirm field', () => {
    const result = ZSetup.safeParse({ username: 'ada', password, confirm: `${password}!` });
    expect(fieldErrorsFrom(result.error!)).toEqual({ confirm: ['The passwords do not match'] });
  });

  it('works on a schema that has refinements of its own', () => {
    const ZChange = withConfirmation(ZChangePasswordInput, 'newPassword');
    const form = { currentPassword: 'old password!', newPassword: password };
    expect(ZChange.safeParse({ ...form, confirm: password }).success).toBe(true);
    const mismatch = ZChange.safeParse({ ...form, confirm: 'something else' });
    expect(fieldErrorsFrom(mismatch.error!)).toEqual({ confirm: ['The passwords do not match'] });
  });
});
