import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Big enough for gzip to bother (gzip_min_length). */
export const BUNDLE = `export const recipes = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `recipe ${i}`))};\n`;

/**
 * A stand-in for the built apps, shaped like Vite's output (hashed assets, a service worker
 * from vite-plugin-pwa, a manifest): web/ and grocery/ under one root, as in the image.
 */
export async function createStaticSite() {
  const root = await mkdtemp(join(tmpdir(), 'saffron-static-'));
  const files: Record<string, string> = {
    'web/index.html': '<!doctype html><title>Saffron</title><div id="root"></div>',
    'web/assets/index-3f9a1c.js': BUNDLE,
    'web/sw.js': 'self.addEventListener("fetch", () => {});',
    'web/registerSW.js': 'navigator.serviceWorker.register("/sw.js");',
    'web/manifest.webmanifest': '{"name":"Saffron"}',
    'web/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'grocery/index.html': '<!doctype html><title>Saffron grocery</title>',
    'grocery/assets/index-8b2e.js': BUNDLE,
    'grocery/sw.js': 'self.addEventListener("fetch", () => {});',
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
