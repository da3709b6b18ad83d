import { base, packageBoundaries } from '@saffron/eslint-config/base';

export default [...base, packageBoundaries];
