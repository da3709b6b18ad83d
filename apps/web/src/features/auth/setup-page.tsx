import { useSaffron } from '@saffron/client/react';
import { ZSetupAdminInput } from '@saffron/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Field } from '../../components/ui/field.tsx';
import { useZodForm } from '../../lib/use-zod-form.ts';
import { AuthLayout } from './auth-layout.tsx';
import { NewPasswordFields } from './new-password-fields.tsx';
import { withConfirmation } from './password-confirmation.ts';

const ZSetupForm = withConfirmation(ZSetupAdminInput, 'password');

/**
 * First run: the very first account, an administrator. Offered once; in production only to
 * whoever has the setup token from the api's log, so a stranger who gets here first cannot.
 */
export function SetupPage() {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const tokenRequired = useQuery(saffron.system.info.queryOptions()).data?.setupTokenRequired;
  const form = useZodForm(ZSetupForm, { username: '', password: '', confirm: '', setupToken: '' });
  const [failure, setFailure] = useState<string>();

  const setup = useMutation(
    saffron.auth.setupAdmin.mutationOptions({
      onSuccess: async ({ user }) => {
        queryClient.setQueryData(saffron.auth.me.queryKey(), user);
        queryClient.setQueryData(
          saffron.system.info.queryKey(),
          (info) => info && { ...info, setupRequired: false, setupTokenRequired: false },
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
    if (input) {
      const { username, password, setupToken } = input;
      setup.mutate({ username, password, setupToken: tokenRequired ? setupToken : undefined });
    }
  };

  return (
    <AuthLayout title="Welcome to Saffron" intro="Create the administrator account to get started.">
      <form onSubmit={submit} noValidate className="space-y-4">
        {failure && <Alert tone="error">{failure}</Alert>}
        {tokenRequired && (
          <Field
            label="Setup token"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            hint="Printed in the api's log when Saffron starts (docker compose logs api-1), or made with pnpm saffron setup token."
            {...form.text('setupToken')}
          />
        )}
        <Field
          label="Username"
          autoComplete="username"
          autoCapitalize="none"
          autoFocus={!tokenRequired}
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
