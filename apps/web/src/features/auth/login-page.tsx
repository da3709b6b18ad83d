import { httpStatusOf, signInFailureMessage } from '@saffron/client';
import { useSaffron } from '@saffron/client/react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Field } from '../../components/ui/field.tsx';
import { useForm, type Validation } from '../../lib/use-form.ts';
import { AuthLayout } from './auth-layout.tsx';
import { safeRedirect } from './session.ts';

interface Credentials {
  username: string;
  password: string;
}

/**
 * Only "is anything typed" is checked here: the sign-in screen loads before the schemas
 * (zod) to stay small, and the API answers any other mistake with the same field errors.
 */
function validateCredentials({ username, password }: Credentials): Validation<Credentials> {
  const errors: Record<string, string[]> = {};
  if (!username.trim()) errors.username = ['Username is required'];
  if (!password) errors.password = ['Password is required'];
  return Object.keys(errors).length
    ? { ok: false, errors }
    : { ok: true, data: { username: username.trim().toLowerCase(), password } };
}

export function LoginPage() {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: '/login' });
  const form = useForm(validateCredentials, { username: '', password: '' });
  const [failure, setFailure] = useState<string>();

  const login = useMutation(
    saffron.auth.login.mutationOptions({
      onSuccess: async ({ user }) => {
        queryClient.setQueryData(saffron.auth.me.queryKey(), user);
        await navigate({ to: safeRedirect(redirect) });
      },
      onError: (error) => {
        if (httpStatusOf(error) === 400) form.showServerErrors(error);
        else setFailure(signInFailureMessage(error));
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const input = form.validate();
    if (input) login.mutate(input);
  };

  return (
    <AuthLayout title="Sign in" intro="Your recipes and grocery list.">
      <form onSubmit={submit} noValidate className="space-y-4">
        {failure && <Alert tone="error">{failure}</Alert>}
        <Field
          label="Username"
          autoComplete="username"
          autoCapitalize="none"
          autoFocus
          {...form.text('username')}
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          {...form.text('password')}
        />
        <Button type="submit" className="w-full" busy={login.isPending}>
          Sign in
        </Button>
      </form>
      <p className="mt-4 text-center text-sm text-stone-600 dark:text-stone-400">
        No account? Ask the person who runs this Saffron to create one.
      </p>
    </AuthLayout>
  );
}
