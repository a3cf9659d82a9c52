/** Every gauntlet suite, one line each. */
import { UnknownNameError } from '../../errors.js';
import type { Suite } from '../suite.js';
import { smoke } from './smoke.js';
import { v1 } from './v1.js';

export const SUITES: readonly Suite[] = [
  v1,
  smoke,
];

/** The default suite id. */
export const DEFAULT_SUITE = 'v1';

/** Look up a suite by id; UnknownNameError (exit 2) lists the known ones. */
export function getSuite(id: string): Suite {
  const s = SUITES.find((x) => x.id === id);
  if (!s) throw new UnknownNameError('suite', id, SUITES.map((x) => x.id));
  return s;
}
