import { useOnline } from '../../lib/use-online.ts';

export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <div
      role="status"
      className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50"
    >
      You are offline. Recipes you opened recently are still here; changes cannot be saved until you
      reconnect.
    </div>
  );
}
