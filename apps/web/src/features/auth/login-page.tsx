import { httpStatusOf, retryAfterOf } from '@saffron/client';
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

function failureMessage(error: unknown): string {
  const status = httpStatusOf(error);
  if (status === 401) return 'That username and password do not match an account.';
  if (status === 403)
    return error instanceof Error ? error.message : 'This account cannot sign in.';
  if (status === 429) {
    const minutes = Math.ceil((retryAfterOf(error) ?? 60) / 60);
    return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  }
  if (status === 503) return 'Signing in is unavailable for a moment. Try again shortly.';
  return 'Could not reach Saffron. Check your connection and try again.';
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
        else setFailure(failureMessage(error));
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
