import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { API_PREFIX } from '@saffron/shared/wire-paths';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { env } from './env.ts';

const proxy = { [API_PREFIX]: { target: `http://127.0.0.1:${env.API_PORT}` } };

/** Served beside the recipes app on one origin (one session cookie), under /grocery/. */
const BASE = '/grocery/';

export default defineConfig({
  base: BASE,
  plugins: [
    react(),
    tailwindcss(),
    // The shop has poor signal: the app itself is cached, the list lives on the device.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: 'Saffron grocery list',
        short_name: 'Groceries',
        description: 'Your Saffron grocery list, in the shop, online or not.',
        start_url: BASE,
        scope: BASE,
        display: 'standalone',
        theme_color: '#047857',
        background_color: '#fafaf9',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        navigateFallback: `${BASE}index.html`,
        navigateFallbackDenylist: [/^\/api\//],
      },
    }),
  ],
  server: { port: env.GROCERY_PORT, strictPort: true, proxy },
  preview: { port: env.GROCERY_PORT, strictPort: true, proxy },
});
