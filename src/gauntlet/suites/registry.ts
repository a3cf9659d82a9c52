/** Every gauntlet suite, one line each. */
import { makeRegistry } from '../../registry.js';
import type { Suite } from '../suite.js';
import { smoke } from './smoke.js';
import { smoke2 } from './smoke2.js';
import { v1 } from './v1.js';
import { v2 } from './v2.js';

/** The suite registry (ids unique). */
export const SUITE_REGISTRY = makeRegistry<Suite>('suite', [v1, v2, smoke, smoke2]);

/** Every suite, in listing order. */
export const SUITES: readonly Suite[] = SUITE_REGISTRY.list;

/** The default suite id. */
export const DEFAULT_SUITE = 'v1';

/** Look up a suite by id; UnknownNameError (exit 2) lists the known ones. */
export function getSuite(id: string): Suite {
  return SUITE_REGISTRY.get(id);
}
