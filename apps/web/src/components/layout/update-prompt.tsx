import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '../ui/button.tsx';

/** A new version was deployed: say so, and reload into it when the person is ready. */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-0 bottom-20 z-50 mx-auto flex w-fit items-center gap-3 rounded-lg bg-stone-900 px-4 py-3 text-sm text-white shadow-lg md:bottom-6 dark:bg-stone-100 dark:text-stone-900"
    >
      A new version of Saffron is ready.
      <Button size="sm" onClick={() => void updateServiceWorker(true)}>
        Reload
      </Button>
      <Button
        size="sm"
        variant="ghost"
        className="text-inherit"
        onClick={() => setNeedRefresh(false)}
      >
        Later
      </Button>
    </div>
  );
}
