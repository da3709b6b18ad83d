/** Every app on this origin keeps a person's data in localStorage under this prefix. */
export const DEVICE_DATA_PREFIX = 'saffron:';

/** The service worker's copies of the apps themselves: no one's data, and needed to open offline. */
const isAppShell = (cacheName: string) => cacheName.startsWith('workbox-precache');

/**
 * Empties every store of a database. Not deleted: the service worker holds its cache
 * bookkeeping open, which would block a deletion for as long as it runs.
 */
function emptyDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const opening = indexedDB.open(name);
    opening.onerror = () => resolve();
    opening.onsuccess = () => {
      const database = opening.result;
      const stores = [...database.objectStoreNames];
      if (stores.length === 0) return resolve(database.close());
      const transaction = database.transaction(stores, 'readwrite');
      for (const store of stores) transaction.objectStore(store).clear();
      transaction.oncomplete =
        transaction.onerror =
        transaction.onabort =
          () => resolve(database.close());
    };
  });
}

/**
 * Forgets what this origin keeps of the signed-in person, for whoever uses the device next:
 * the recipes and grocery data in localStorage (offline queue included), the service worker's
 * runtime caches (thumbnails) and every IndexedDB store (the caches' bookkeeping). Both apps
 * share the origin, so signing out of either clears both.
 */
export async function forgetDeviceData(): Promise<void> {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(DEVICE_DATA_PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // Storage disabled: nothing was kept there.
  }
  if ('caches' in globalThis) {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => !isAppShell(name)).map((name) => caches.delete(name)));
  }
  if ('indexedDB' in globalThis) {
    const databases = await indexedDB.databases();
    const names = databases.flatMap(({ name }) => (name ? [name] : []));
    await Promise.all(names.map(emptyDatabase));
  }
}
