const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function identity(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase();
  const database = decodeURIComponent(parsed.pathname.slice(1)) || parsed.username;
  return `${LOOPBACK.has(host) ? 'loopback' : host}:${parsed.port || '5432'}/${database}`;
}

/** Whether two URLs name the same database (same server and database; users may differ). */
export function sameDatabase(a: string, b: string): boolean {
  return identity(a) === identity(b);
}

/** For messages and logs: the URL without its password. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
