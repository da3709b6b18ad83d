import { base } from '@saffron/eslint-config/base';

export default base;
