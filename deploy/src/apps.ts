import { loadEnv as loadApiEnv } from '@saffron/api/env';
import { loadEnv as loadFilesEnv } from '@saffron/files/env';

/** What the deployment files must agree on, taken from the apps themselves. */
export const NODE_SERVICES = {
  api: {
    port: loadApiEnv({}).API_PORT,
    portVariable: 'API_PORT',
    main: 'apps/api/src/main.ts',
  },
  files: {
    port: loadFilesEnv({}).FILES_PORT,
    portVariable: 'FILES_PORT',
    main: 'apps/files/src/main.ts',
  },
} as const;

export type NodeServiceName = keyof typeof NODE_SERVICES;

/** nginx in the web image listens here, as a non-root user. */
export const WEB_PORT = 8080;

/** The user every Saffron image runs as. */
export const APP_USER = 10001;

/** Image repositories, the same in compose.yaml and the Kubernetes manifests. */
export const IMAGES = { api: 'saffron/api', files: 'saffron/files', web: 'saffron/web' } as const;

/** The api's configuration as its process would load it at start in production. */
export function apiProductionEnv(variables: Record<string, string>) {
  return loadApiEnv({ ...variables, NODE_ENV: 'production' });
}

/** The files service's configuration as its process would load it at start in production. */
export function filesProductionEnv(variables: Record<string, string>) {
  return loadFilesEnv({ ...variables, NODE_ENV: 'production' });
}
