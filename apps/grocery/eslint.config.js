import { viteApp } from '@saffron/eslint-config/react';

export default viteApp(import.meta.dirname);
