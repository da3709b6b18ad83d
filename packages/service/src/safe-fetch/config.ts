import { envFields } from '../env-fields.ts';
import type { SafeFetchOptions } from './fetcher.ts';

/** The limits of fetching user-given links (recipe pages in the api, their photos in files). */
export const importEnvShape = {
  IMPORT_ALLOWED_HOSTS: envFields.hostList,
  IMPORT_MAX_BYTES: envFields.bytes(5 * 1024 * 1024),
  IMPORT_TIMEOUT: envFields
    .duration('15s')
    .refine((ms) => ms > 0, { error: 'must be at least 1s' }),
};

interface ImportEnv {
  IMPORT_ALLOWED_HOSTS: string[];
  IMPORT_MAX_BYTES: number;
  IMPORT_TIMEOUT: number;
}

export function safeFetchOptionsFrom(env: ImportEnv): SafeFetchOptions {
  return {
    allowedHosts: env.IMPORT_ALLOWED_HOSTS,
    maxBytes: env.IMPORT_MAX_BYTES,
    timeoutMs: env.IMPORT_TIMEOUT,
  };
}
