export { importEnvShape, safeFetchOptionsFrom } from './config.ts';
export type { FetchKind } from './content-types.ts';
export { isPassingFailure, SafeFetchError, type SafeFetchFailure } from './errors.ts';
export {
  createSafeFetcher,
  MAX_REDIRECTS,
  type FetchedResource,
  type FetchRequest,
  type SafeFetcher,
  type SafeFetchOptions,
} from './fetcher.ts';
export type { HostLookup, ResolvedAddress } from './target.ts';
