import type { TUser } from '@saffron/client';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { client } from '../lib/api.ts';
import { languageOf } from '../lib/language.ts';
import { inOrder, readLine } from '../sync/read-line.ts';
import { GroceryStore } from '../sync/store.ts';
import { useLiveChanges } from '../sync/use-live-changes.ts';
import { AddItemForm } from './add-item-form.tsx';
import { GroceryList } from './grocery-list.tsx';

const STATUS = {
  offline: 'Offline — changes are kept and sent when you are back',
  connecting: 'Connecting…',
  live: 'Up to date',
} as const;

export function GroceryScreen({
  user,
  onSignedOut,
  onSignOut,
  onRefused,
}: {
  user: TUser;
  onSignedOut: () => void;
  /** The person asks to sign out (a shared phone): the list leaves the device with them. */
  onSignOut: () => Promise<void>;
  onRefused: (message: string) => void;
}) {
  const [signingOut, setSigningOut] = useState(false);
  const store = useMemo(
    () =>
      new GroceryStore({
        client,
        storage: localStorage,
        key: `saffron:grocery:${user.id}`,
        isOnline: () => navigator.onLine,
        onSignedOut,
        onRefused,
      }),
    [user.id, onSignedOut, onRefused],
  );
  const language = languageOf(user);
  const add = useMemo(
    () =>
      inOrder(
        (text) =>
          readLine(text, {
            parseOnServer: async (lines, signal) =>
              (await client.ingredients.parse.mutate({ lines }, { signal })).ingredients,
            language,
            isOnline: () => navigator.onLine,
          }),
        (line) => store.add(line),
      ),
    [store, language],
  );
  const items = useSyncExternalStore(store.subscribe, store.getItems);
  const connection = useLiveChanges(store, client, onSignedOut);
  const ticked = items.filter((item) => item.checked).length;
  const waiting = store.pendingCount;

  return (
    <main className="mx-auto max-w-xl space-y-4 px-3 pt-4 pb-24">
      <header className="space-y-2">
        <div className="flex items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">Grocery list</h1>
          <button
            type="button"
            disabled={signingOut}
            aria-busy={signingOut}
            onClick={() => {
              setSigningOut(true);
              void onSignOut();
            }}
            className="min-h-12 rounded-xl px-4 font-medium text-stone-700 hover:bg-stone-100 disabled:opacity-50 dark:text-stone-300 dark:hover:bg-stone-900"
          >
            Sign out
          </button>
        </div>
        <p
          role="status"
          data-connection={connection}
          className={
            connection === 'offline'
              ? 'rounded-lg bg-amber-100 px-3 py-2 text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50'
              : 'text-sm text-stone-600 dark:text-stone-400'
          }
        >
          {STATUS[connection]}
          {waiting > 0 && ` · ${waiting} change${waiting === 1 ? '' : 's'} waiting`}
        </p>
      </header>
      <AddItemForm onAdd={(text) => void add(text)} />
      <GroceryList items={items} store={store} language={language} />
      {ticked > 0 && (
        <div className="fixed inset-x-0 bottom-0 border-t border-stone-200 bg-white/95 p-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] dark:border-stone-800 dark:bg-stone-950/95">
          <button
            type="button"
            onClick={() => store.clearChecked()}
            className="mx-auto block min-h-12 w-full max-w-xl rounded-xl border border-stone-300 font-semibold dark:border-stone-700"
          >
            Clear {ticked} ticked
          </button>
        </div>
      )}
    </main>
  );
}
