import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { EmbeddedPaths } from './paths.ts';

export interface Credentials {
  password: string;
}

/** The server listens on loopback only, but other local users could still connect: use a password. */
export async function readCredentials(paths: EmbeddedPaths): Promise<Credentials> {
  try {
    return JSON.parse(await readFile(paths.credentials, 'utf8')) as Credentials;
  } catch (error) {
    throw new Error(
      `The embedded database at ${paths.cluster} has no credentials file (${paths.credentials}). ` +
        'Delete the .data directory to start over.',
      { cause: error },
    );
  }
}

export async function createCredentials(paths: EmbeddedPaths): Promise<Credentials> {
  const credentials = { password: randomBytes(24).toString('base64url') };
  await writeFile(paths.credentials, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}
