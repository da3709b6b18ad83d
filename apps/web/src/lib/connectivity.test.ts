import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Connectivity, probeApi } from './connectivity.ts';

/** The browser this runs in: its online flag and the window its online/offline events reach. */
function browser() {
  const navigator = { onLine: true };
  const window = new EventTarget();
  vi.stubGlobal('navigator', navigator);
  vi.stubGlobal('window', window);
  const go = (online: boolean) => {
    navigator.onLine = online;
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  };
  return { go };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('connectivity', () => {
  it("follows the browser's online flag and tells subscribers, until they leave", () => {
    const { go } = browser();
    const connectivity = new Connectivity({ probe: () => Promise.resolve(true) });
    const seen: boolean[] = [];
    const leave = connectivity.subscribe(() => seen.push(connectivity.isOnline()));
    go(false);
    go(true);
    leave();
    go(false);
    expect(seen).toEqual([false, true]);
    expect(connectivity.isOnline()).toBe(false);
  });

  it('counts Saffron unreachable after a failed request, though the browser says online', () => {
    browser();
    const connectivity = new Connectivity({ probe: () => Promise.resolve(false) });
    let changes = 0;
    connectivity.subscribe(() => changes++);
    connectivity.reportUnreachable();
    connectivity.reportUnreachable();
    expect(connectivity.isOnline()).toBe(false);
    connectivity.reportReachable();
    connectivity.reportReachable();
    expect(connectivity.isOnline()).toBe(true);
    expect(changes).toBe(2);
  });

  it('probes while unreachable until an answer comes, then stops probing', async () => {
    browser();
    const answers = [false, false, true];
    const probe = vi.fn(() => Promise.resolve(answers.shift() ?? true));
    const connectivity = new Connectivity({ probe, probeEveryMs: 1_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(probe).not.toHaveBeenCalled(); // nothing to find out while reachable

    connectivity.reportUnreachable();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(connectivity.isOnline()).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(connectivity.isOnline()).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('probes the api with a request no cache answers, any answer counting as reachable', async () => {
    const fetch = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(new Response('', { status: 503 })),
    );
    vi.stubGlobal('fetch', fetch);
    expect(await probeApi()).toBe(true);
    expect(fetch).toHaveBeenCalledWith('/api/v1/system.info', { cache: 'no-store' });
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await probeApi()).toBe(false);
  });
});
