import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { API_PREFIX, FILES_PREFIX } from '@saffron/shared/wire-paths';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { whenAllAnswer } from './dev-ready.ts';
import { env } from './env.ts';

/** One line that says where to go, after Vite's own output, once everything it needs answers. */
function announceUrl(): Plugin {
  return {
    name: 'saffron-announce-url',
    configureServer(server) {
      const http = server.httpServer;
      http?.once('listening', () => {
        const closed = new AbortController();
        http.once('close', () => closed.abort());
        const needed = [
          `http://127.0.0.1:${env.API_PORT}/readyz`,
          `http://127.0.0.1:${env.FILES_PORT}/readyz`,
          `http://127.0.0.1:${env.WEB_PORT}/`,
        ];
        void whenAllAnswer(needed, { signal: closed.signal }).then((ready) => {
          if (ready)
            server.config.logger.info(
              `\n  Saffron is running: open http://localhost:${env.WEB_PORT}\n`,
            );
        });
      });
    },
  };
}

const proxy = {
  [API_PREFIX]: { target: `http://127.0.0.1:${env.API_PORT}` },
  [FILES_PREFIX]: { target: `http://127.0.0.1:${env.FILES_PORT}` },
  // The grocery app on the same origin, as nginx serves it in production.
  '/grocery': { target: `http://127.0.0.1:${env.GROCERY_PORT}`, ws: true },
};

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    announceUrl(),
    VitePWA({
      // A new version waits for the person to reload (see UpdatePrompt), never mid-edit.
      registerType: 'prompt',
      manifest: {
        name: 'Saffron',
        short_name: 'Saffron',
        description: 'Your recipes and grocery list, on your own server.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#b4431b',
        background_color: '#fafaf9',
        categories: ['food', 'lifestyle'],
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        // Share → Saffron on a phone opens the import preview (apps/web/src/features/imports).
        share_target: {
          action: '/import',
          method: 'GET',
          enctype: 'application/x-www-form-urlencoded',
          params: { url: 'url', text: 'text', title: 'title' },
        },
        shortcuts: [
          {
            name: 'New recipe',
            url: '/recipes/new',
            icons: [{ src: '/icon-192.png', sizes: '192x192' }],
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        // The first visit is served by the worker at once, so what it shows is kept for offline.
        clientsClaim: true,
        navigateFallback: '/index.html',
        // The bookmarklet's page comes from the server, with the headers that let it talk to
        // the window that opened it (nginx: Cross-Origin-Opener-Policy), never from the cache.
        navigateFallbackDenylist: [
          /^\/api\//,
          /^\/files\//,
          /^\/grocery(\/|$)/,
          /^\/import\/bookmarklet(\?|$)/,
        ],
        runtimeCaching: [
          {
            // Thumbnails never change under an id: keep recently seen ones for offline reading.
            urlPattern: new RegExp(`${FILES_PREFIX}/attachments/[^/]+/thumbnail$`),
            handler: 'CacheFirst',
            options: {
              cacheName: 'thumbnails',
              expiration: { maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600 },
              cacheableResponse: { statuses: [0, 200] },
            },
          },
        ],
      },
    }),
  ],
  build: {
    rolldownOptions: {
      output: {
        // What the first screen needs, in one chunk: otherwise every set of lazy pages that
        // shares a few of its modules splits them into a chunk of their own, and the first
        // visit downloads a dozen small files that compress worse than one (bench web-bundle).
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: { port: env.WEB_PORT, strictPort: true, proxy },
  preview: { port: env.WEB_PORT, strictPort: true, proxy },
});
