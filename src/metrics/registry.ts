/**
 * Every built-in scorer, registered with one line each. `goodhart scorers` lists them; the
 * contract test in tests/metrics/scorer-contract.test.ts runs over all of them.
 */
import { UnknownNameError } from '../errors.js';
import type { Scorer } from './scorer.js';

/** Registered scorers, in listing order. */
export const SCORERS: readonly Scorer[] = [
  // one line per scorer, e.g.: followerCount,
];

/** Look up a registered scorer by id (`pagerank`, `klout-like@v2`, ...). */
export function getScorer(id: string): Scorer {
  const s = SCORERS.find((x) => x.id === id);
  if (!s) throw new UnknownNameError('scorer', id, SCORERS.map((x) => x.id));
  return s;
}
