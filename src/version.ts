/** Goodhart's version, recorded in every manifest. Keep in step with package.json. */
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
