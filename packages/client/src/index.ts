export type { AppRouter, RouterInputs, RouterOutputs } from '@saffron/api';
export { createSaffronClient, type SaffronClient, type SaffronClientOptions } from './client.ts';
export {
  fieldErrorsOf,
  httpStatusOf,
  isSaffronError,
  retryAfterOf,
  type SaffronClientError,
} from './errors.ts';
