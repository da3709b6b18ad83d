import { useSaffron } from '@saffron/client/react';
import { ZChangePasswordInput } from '@saffron/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Field } from '../../components/ui/field.tsx';
import { useZodForm } from '../../lib/use-zod-form.ts';
import { NewPasswordFields } from '../auth/new-password-fields.tsx';
import { withConfirmation } from '../auth/password-confirmation.ts';

const ZForm = withConfirmation(ZChangePasswordInput, 'newPassword');

export function ChangePasswordForm() {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const empty = { currentPassword: '', newPassword: '', confirm: '' };
  const form = useZodForm(ZForm, empty);
  const [done, setDone] = useState(false);
  const change = useMutation(
    saffron.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        form.setValues(empty);
        setDone(true);
        await queryClient.invalidateQueries({ queryKey: saffron.auth.sessions.queryKey() });
      },
      onError: form.showServerErrors,
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const input = form.validate();
    if (input)
      change.mutate({ currentPassword: input.currentPassword, newPassword: input.newPassword });
  };
  return (
    <form onSubmit={submit} noValidate className="max-w-md space-y-4">
      {done && (
        <Alert tone="success">Password changed. Your other devices have been signed out.</Alert>
      )}
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        {...form.text('currentPassword')}
      />
      <NewPasswordFields
        label="New password"
        hint="At least 12 characters."
        password={form.text('newPassword')}
        confirm={form.text('confirm')}
      />
      <Button type="submit" busy={change.isPending}>
        Change password
      </Button>
    </form>
  );
}
