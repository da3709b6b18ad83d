import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';

/** A 1×1 PNG: each recipe's photo. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const soupName = (n: number) => `Tomato soup ${n}`;

function recipePage(name: string, photo: string): string {
  const recipe = {
    '@context': 'https://schema.org',
    '@type': 'Recipe',
    name,
    image: photo,
    recipeYield: '4 servings',
    prepTime: 'PT10M',
    cookTime: 'PT35M',
    keywords: 'soup, winter',
    recipeIngredient: ['2 large tomatoes, diced', '1 tbsp olive oil', '500 ml vegetable stock'],
    recipeInstructions: [
      { '@type': 'HowToStep', text: 'Soften the tomatoes in the oil.' },
      { '@type': 'HowToStep', text: 'Add the stock and simmer for 30 minutes.' },
    ],
  };
  return `<!doctype html><html lang="en"><head><title>${name}</title>
<script type="application/ld+json">${JSON.stringify(recipe)}</script></head>
<body><h1>${name}</h1><p>A recipe page.</p></body></html>`;
}

const hasMemberCookie = (request: IncomingMessage) =>
  (request.headers.cookie ?? '').split(/;\s*/).includes('member=1');

/**
 * A recipe site on loopback (its port is in IMPORT_ALLOWED_HOSTS): /recipes/<n> with a photo,
 * a page with no recipe, and a members' page that refuses anyone without its cookie (as a
 * login or a bot wall does). `delayMs` slows each recipe page, so a bulk import takes a while.
 */
export async function serveRecipeSite(port: number, { delayMs = 0 } = {}) {
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://site').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const html = (status: number, body: string) =>
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    const recipe = /^\/recipes\/(\d+)$/.exec(path);
    if (recipe) {
      const n = Number(recipe[1]);
      setTimeout(() => html(200, recipePage(soupName(n), `/photos/${n}.png`)), delayMs);
    } else if (/^\/photos\/\d+\.png$/.test(path)) {
      response.writeHead(200, { 'content-type': 'image/png' }).end(PHOTO);
    } else if (path === '/about') {
      html(200, '<!doctype html><html><head><title>About</title></head><body>Us.</body></html>');
    } else if (path === '/sign-in') {
      response.writeHead(302, { 'set-cookie': 'member=1; Path=/', location: '/members/stew' });
      response.end();
    } else if (path === '/members/stew') {
      if (hasMemberCookie(request)) html(200, recipePage('Members-only stew', '/photos/9.png'));
      else html(403, '<!doctype html><html><body>Members only</body></html>');
    } else {
      response.writeHead(404).end('not found');
    }
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${port}`;
  return {
    url: (path: string) => base + path,
    hits: (path: string) => hits.get(path) ?? 0,
    setDelay: (ms: number) => (delayMs = ms),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type RecipeSite = Awaited<ReturnType<typeof serveRecipeSite>>;
