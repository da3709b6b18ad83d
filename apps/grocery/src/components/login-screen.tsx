import { signInFailureMessage, type TUser } from '@saffron/client';
import { useState, type FormEvent } from 'react';
import { client } from '../lib/api.ts';

const inputClass =
  'min-h-12 w-full rounded-xl border border-stone-300 bg-white px-4 text-base dark:border-stone-700 dark:bg-stone-900';

export function LoginScreen({ onSignedIn }: { onSignedIn: (user: TUser) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      onSignedIn((await client.auth.login.mutate({ username, password })).user);
    } catch (error) {
      setFailure(signInFailureMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center gap-6 px-4">
      <h1 className="text-center text-3xl font-bold text-emerald-800 dark:text-emerald-400">
        Grocery list
      </h1>
      <form onSubmit={(event) => void submit(event)} className="space-y-4">
        {failure && (
          <p
            role="alert"
            className="rounded-xl bg-red-50 px-4 py-3 text-red-900 dark:bg-red-950 dark:text-red-100"
          >
            {failure}
          </p>
        )}
        <label className="block space-y-1">
          <span className="text-sm font-medium">Saffron username</span>
          <input
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoComplete="username"
            autoCapitalize="none"
            className={inputClass}
          />
        </label>
        <label className="block space-y-1">
          <span className="text-sm font-medium">Password</span>
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            className={inputClass}
          />
        </label>
        <button
          type="submit"
          disabled={busy}
          className="min-h-12 w-full rounded-xl bg-emerald-700 font-semibold text-white disabled:opacity-60 dark:bg-emerald-500 dark:text-stone-950"
        >
          Sign in
        </button>
      </form>
    </main>
  );
}
