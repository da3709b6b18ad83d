import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetcher } from './fetcher.ts';
import type { HostLookup } from './target.ts';
import { refusal } from './test-servers.ts';

/** A throwaway self-signed certificate for `name`, made by the system's openssl. */
function selfSigned(name: string): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'saffron-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${name}`,
        '-addext',
        `subjectAltName=DNS:${name}`,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const credentials = selfSigned('recipes.test');
const serverNames: string[] = [];
const server = createServer(
  {
    ...credentials,
    SNICallback: (name, callback) => {
      serverNames.push(name);
      callback(null);
    },
  },
  (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('secure'),
);
let port = 0;
const defaultCAs = getCACertificates('default');

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  setDefaultCACertificates(defaultCAs);
  server.close();
});

// Both names point at the one loopback server, as a site's DNS would.
const lookup: HostLookup = () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
const fetcher = createSafeFetcher({
  allowedHosts: ['recipes.test', 'elsewhere.test'],
  maxBytes: 1_000,
  timeoutMs: 5_000,
  lookup,
});
const page = { kind: 'page' } as const;

describe('safe fetch: https to the pinned address', () => {
  it('refuses a certificate nobody vouches for, having named the host in SNI', async () => {
    const error = await refusal(
      fetcher.fetch(`https://recipes.test:${port}/`, page),
      'unreachable',
      422,
    );
    expect(error.message).toMatch(/^Saffron could not make a secure connection to recipes\.test/);
    expect(serverNames.at(-1)).toBe('recipes.test');
  });

  it('checks the certificate against the host, not the address it connected to', async () => {
    setDefaultCACertificates([...defaultCAs, credentials.cert]);
    const fetched = await fetcher.fetch(`https://recipes.test:${port}/`, page);
    expect(fetched.text()).toBe('secure');
    const error = await refusal(
      fetcher.fetch(`https://elsewhere.test:${port}/`, page),
      'unreachable',
      422,
    );
    expect(error.message).toMatch(/ERR_TLS_CERT_ALTNAME_INVALID/);
    expect(serverNames.at(-1)).toBe('elsewhere.test');
  });
});
