/** A small HTML page for reader tests: what goes in its head and its body. */
export function htmlPage({ head = '', body = '' }: { head?: string; body?: string }): string {
  return `<!doctype html><html><head><title>Page title | Site</title>${head}</head><body>${body}</body></html>`;
}

/** A JSON-LD block holding `value`, serialised unless given as text. */
export function jsonLd(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `<script type="application/ld+json">${text}</script>`;
}

export const PAGE_URL = 'https://cook.example/recipes/leek-soup?utm=x';
