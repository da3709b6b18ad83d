import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { memoryStorage } from '@saffron/client/testing';
import { describe, expect, it, vi } from 'vitest';
import { forgetPersistedQueries, persistQueries } from './persisted-queries.ts';

const byId = (id: string) => [['recipes', 'byId'], { input: { id }, type: 'query' }];
const search = (q?: string) => [['recipes', 'search'], { input: q ? { q } : {}, type: 'infinite' }];

/** A device: its storage outlives the page, whose reload is the "pagehide" event. */
function device() {
  const storage = memoryStorage();
  const page = new EventTarget();
  const open = () => {
    const client = new QueryClient();
    persistQueries(client, storage, page);
    return client;
  };
  const reload = () => page.dispatchEvent(new Event('pagehide'));
  return { storage, open, reload };
}

describe('queries kept on the device for offline reading', () => {
  it('restores recent recipes and the plain listing after a reload, dates intact', () => {
    const { open, reload } = device();
    const before = open();
    const updatedAt = new Date('2026-11-21T10:00:00Z');
    before.setQueryData(byId('r1'), { id: 'r1', name: 'Tikka', updatedAt });
    before.setQueryData(search(), { pages: [['r1']] });
    before.setQueryData(search('tik'), { pages: [['r1']] });
    before.setQueryData([['grocery', 'list'], { type: 'query' }], { items: [] });
    reload();

    const after = open();
    expect(after.getQueryData(byId('r1'))).toEqual({ id: 'r1', name: 'Tikka', updatedAt });
    expect(after.getQueryData(search())).toEqual({ pages: [['r1']] });
    expect(after.getQueryData(search('tik'))).toBeUndefined();
    expect(after.getQueryData([['grocery', 'list'], { type: 'query' }])).toBeUndefined();
  });

  it('keeps data whose refresh failed offline, so a second offline reload still shows it', async () => {
    const { open, reload } = device();
    open().setQueryData(byId('r1'), { id: 'r1' });
    reload();
    const offline = open();
    await offline
      .fetchQuery({
        queryKey: byId('r1'),
        queryFn: () => Promise.reject(new TypeError('Failed to fetch')),
        retry: false,
        staleTime: 0,
      })
      .catch(() => {});
    reload();
    expect(open().getQueryData(byId('r1'))).toEqual({ id: 'r1' });
  });

  it('keeps only the 30 most recently loaded recipes, and nothing after sign-out', () => {
    const { storage, open, reload } = device();
    const client = open();
    for (let i = 0; i < 35; i++) {
      client.setQueryData(byId(`r${i}`), { id: `r${i}` }, { updatedAt: 1_000 + i });
    }
    reload();
    const after = open();
    expect(after.getQueryData(byId('r4'))).toBeUndefined();
    expect(after.getQueryData(byId('r5'))).toEqual({ id: 'r5' });

    forgetPersistedQueries(storage);
    expect(open().getQueryData(byId('r34'))).toBeUndefined();
  });

  it('saves when data changes, not when a screen merely starts watching a query', () => {
    vi.useFakeTimers();
    try {
      const { storage, open } = device();
      const client = open();
      const setItem = vi.spyOn(storage, 'setItem');
      const stop = new QueryObserver(client, { queryKey: byId('r1'), enabled: false }).subscribe(
        () => {},
      );
      vi.advanceTimersByTime(1_000);
      expect(setItem).not.toHaveBeenCalled();

      client.setQueryData(byId('r1'), { id: 'r1' });
      vi.advanceTimersByTime(1_000);
      expect(setItem).toHaveBeenCalledOnce();
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
