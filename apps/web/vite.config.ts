import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { env } from './env.ts';

/** One line that says where to go, after Vite's own output. */
function announceUrl(): Plugin {
  return {
    name: 'saffron-announce-url',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        setTimeout(() =>
          server.config.logger.info(
            `\n  Saffron is running: open http://localhost:${env.WEB_PORT}\n`,
          ),
        );
      });
    },
  };
}

const proxy = {
  '/api/v1': { target: `http://127.0.0.1:${env.API_PORT}` },
  '/files/v1': { target: `http://127.0.0.1:${env.FILES_PORT}` },
};

export default defineConfig({
  plugins: [react(), tailwindcss(), announceUrl()],
  server: { port: env.WEB_PORT, strictPort: true, proxy },
  preview: { port: env.WEB_PORT, strictPort: true, proxy },
});
