import { forgetDeviceData, httpStatusOf, type TUser } from '@saffron/client';
import { useCallback, useEffect, useState } from 'react';
import { GroceryScreen } from './components/grocery-screen.tsx';
import { LoginScreen } from './components/login-screen.tsx';
import { client } from './lib/api.ts';

type Session =
  | { state: 'checking' }
  | { state: 'signed-out' }
  | { state: 'no-access' }
  | { state: 'signed-in'; user: TUser };

const LAST_USER = 'saffron:grocery:user';

/** Offline at start: the last signed-in user's list opens from this device, changes queue. */
function rememberedUser(): TUser | undefined {
  try {
    return (JSON.parse(localStorage.getItem(LAST_USER) ?? 'null') as TUser | null) ?? undefined;
  } catch {
    return undefined;
  }
}

export function App() {
  const [session, setSession] = useState<Session>({ state: 'checking' });
  const [notice, setNotice] = useState<string>();

  const signedIn = useCallback((user: TUser) => {
    if (!user.apps.includes('grocery')) return setSession({ state: 'no-access' });
    localStorage.setItem(LAST_USER, JSON.stringify(user));
    setSession({ state: 'signed-in', user });
  }, []);
  const signedOut = useCallback(() => {
    localStorage.removeItem(LAST_USER);
    setSession({ state: 'signed-out' });
  }, []);

  const signOut = useCallback(async () => {
    // Offline or not, the device forgets this person's list and queued changes.
    await client.auth.logout.mutate().catch(() => undefined);
    await forgetDeviceData();
    signedOut();
  }, [signedOut]);

  useEffect(() => {
    client.auth.me.query().then(signedIn, (error: unknown) => {
      const remembered = rememberedUser();
      if (httpStatusOf(error) === 401 || !remembered) return signedOut();
      signedIn(remembered); // unreachable server: keep working from this device
    });
  }, [signedIn, signedOut]);

  if (session.state === 'checking')
    return (
      <p className="p-8 text-center" aria-busy="true">
        Loading…
      </p>
    );
  if (session.state === 'signed-out') return <LoginScreen onSignedIn={signedIn} />;
  if (session.state === 'no-access') {
    return (
      <main className="mx-auto max-w-sm px-4 py-16 text-center">
        <h1 className="text-2xl font-bold">No access to the grocery list</h1>
        <p className="mt-2">
          Your Saffron account cannot use the grocery list yet. Ask an administrator to give you
          access.
        </p>
      </main>
    );
  }
  return (
    <>
      {notice && (
        <p role="alert" className="bg-red-800 px-4 py-2 text-center text-white">
          {notice}
        </p>
      )}
      <GroceryScreen
        user={session.user}
        onSignedOut={signedOut}
        onSignOut={signOut}
        onRefused={setNotice}
      />
    </>
  );
}
