import { createSaffronClient } from '@saffron/client';

/** Same origin: Vite proxies /api/v1 in development, nginx in production. */
export const client = createSaffronClient({ baseUrl: '' });
