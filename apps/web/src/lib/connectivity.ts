import { API_PREFIX } from '@saffron/shared/wire-paths';

/**
 * Whether Saffron can be reached: the browser's own online flag, corrected by what requests
 * find (a browser can think it is online with no route to the server). Once a request finds
 * it unreachable, a light probe asks again until it answers.
 */
export class Connectivity {
  #unreachable = false;
  #probing: ReturnType<typeof setInterval> | undefined;
  #listeners = new Set<() => void>();
  readonly #probe: () => Promise<boolean>;
  readonly #probeEveryMs: number;

  constructor({
    probe,
    probeEveryMs = 10_000,
  }: {
    probe: () => Promise<boolean>;
    probeEveryMs?: number;
  }) {
    this.#probe = probe;
    this.#probeEveryMs = probeEveryMs;
  }

  isOnline = () => navigator.onLine && !this.#unreachable;

  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    window.addEventListener('online', listener);
    window.addEventListener('offline', listener);
    return () => {
      this.#listeners.delete(listener);
      window.removeEventListener('online', listener);
      window.removeEventListener('offline', listener);
    };
  };

  reportUnreachable() {
    if (this.#unreachable) return;
    this.#set(true);
    this.#probing = setInterval(() => {
      void this.#probe().then((answered) => answered && this.reportReachable());
    }, this.#probeEveryMs);
  }

  reportReachable() {
    if (!this.#unreachable) return;
    clearInterval(this.#probing);
    this.#set(false);
  }

  #set(unreachable: boolean) {
    this.#unreachable = unreachable;
    this.#listeners.forEach((listener) => listener());
  }
}

/** Any answer from the api at all, even an error, means it is reachable. */
export async function probeApi(): Promise<boolean> {
  try {
    await fetch(`${API_PREFIX}/system.info`, { cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/** The app's one view of the connection. */
export const connectivity = new Connectivity({ probe: probeApi });
