import { databaseTestConfig } from '@saffron/db/testing/vitest-config';

// The loopback tests start api and files processes on a real test database.
export default databaseTestConfig({ test: { testTimeout: 60_000 } });
