import { createSaffronClient } from '@saffron/client';

/** Same origin: Vite proxies the api in development, nginx in production. */
export const client = createSaffronClient({ baseUrl: '' });
