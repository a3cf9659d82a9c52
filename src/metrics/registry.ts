/**
 * Every built-in scorer, registered with one line each. `goodhart scorers` lists them; the
 * contract test in tests/metrics/scorer-contract.test.ts runs over all of them.
 */
import { UnknownNameError } from '../errors.js';
import type { Scorer } from './scorer.js';
import { engagementRateScorer } from './engagement-rate.js';
import { followerCount } from './follower-count.js';
import { kloutLike, kloutLikeV2 } from './klout-like.js';
import { kredLike } from './kred-like.js';
import { mentions } from './mentions.js';
import { reactionsReceived } from './reactions-received.js';
import { reciprocalTies } from './reciprocal-ties.js';
import { reshares } from './reshares.js';
import { pagerank } from './pagerank.js';
import { hitsAuthority } from './hits.js';
import { coreness } from './coreness.js';
import { hIndex } from './h-index.js';
import { interactionPagerank } from './interaction-pagerank.js';
import { trustrank } from './trustrank.js';
import { sybilrank } from './sybilrank.js';
import { collusionrank } from './collusionrank.js';

/** Registered scorers, in listing order. */
export const SCORERS: readonly Scorer[] = [
  // one line per scorer, e.g.: followerCount,
  followerCount,
  reactionsReceived,
  mentions,
  reshares,
  engagementRateScorer,
  kloutLike,
  kloutLikeV2,
  kredLike,
  reciprocalTies,
  pagerank,
  hitsAuthority,
  coreness,
  hIndex,
  interactionPagerank,
  trustrank,
  sybilrank,
  collusionrank,
];

/** Look up a registered scorer by id (`pagerank`, `klout-like@v2`, ...). */
export function getScorer(id: string): Scorer {
  const s = SCORERS.find((x) => x.id === id);
  if (!s) throw new UnknownNameError('scorer', id, SCORERS.map((x) => x.id));
  return s;
}
