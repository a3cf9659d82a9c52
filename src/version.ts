/**
 * Goodhart's version, recorded in every manifest: read from package.json, which sits one folder
 * above this file both in a checkout (src/) and in the built package (dist/).
 */
import { readFileSync } from 'node:fs';

export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;
