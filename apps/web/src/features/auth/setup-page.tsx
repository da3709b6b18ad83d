import { useSaffron } from '@saffron/client/react';
import { ZNewAccountInput } from '@saffron/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Field } from '../../components/ui/field.tsx';
import { useZodForm } from '../../lib/use-zod-form.ts';
import { AuthLayout } from './auth-layout.tsx';
import { NewPasswordFields } from './new-password-fields.tsx';
import { withConfirmation } from './password-confirmation.ts';

const ZSetupForm = withConfirmation(ZNewAccountInput, 'password');

/** First run: the very first account, an administrator. Offered once. */
export function SetupPage() {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useZodForm(ZSetupForm, { username: '', password: '', confirm: '' });
  const [failure, setFailure] = useState<string>();

  const setup = useMutation(
    saffron.auth.setupAdmin.mutationOptions({
      onSuccess: async ({ user }) => {
        queryClient.setQueryData(saffron.auth.me.queryKey(), user);
        queryClient.setQueryData(
          saffron.system.info.queryKey(),
          (info) => info && { ...info, setupRequired: false },
        );
        await navigate({ to: '/' });
      },
      onError: (error) => {
        form.showServerErrors(error);
        setFailure(error.message);
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const input = form.validate();
    if (input) setup.mutate({ username: input.username, password: input.password });
  };

  return (
    <AuthLayout title="Welcome to Saffron" intro="Create the administrator account to get started.">
      <form onSubmit={submit} noValidate className="space-y-4">
        {failure && <Alert tone="error">{failure}</Alert>}
        <Field
          label="Username"
          autoComplete="username"
          autoCapitalize="none"
          autoFocus
          hint="Letters, digits, dots, dashes and underscores."
          {...form.text('username')}
        />
        <NewPasswordFields
          label="Password"
          hint="At least 12 characters; a few words make a strong one."
          password={form.text('password')}
          confirm={form.text('confirm')}
        />
        <Button type="submit" className="w-full" busy={setup.isPending}>
          Create administrator
        </Button>
      </form>
    </AuthLayout>
  );
}
