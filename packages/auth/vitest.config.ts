import { databaseTestConfig } from '@saffron/db/testing/vitest-config';

export default databaseTestConfig();
