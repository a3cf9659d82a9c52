/**
 * Every built-in scorer, registered with one line each. `goodhart scorers` lists them; the
 * contract test in tests/metrics/scorer-contract.test.ts runs over all of them.
 */
import { makeRegistry } from '../registry.js';
import type { Scorer } from './scorer.js';
import { engagementRateScorer } from './engagement-rate.js';
import { followerCount } from './follower-count.js';
import { kloutLike, kloutLikeV2 } from './klout-like.js';
import { kloutLearned } from './klout-learned.js';
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

/** The scorer registry (ids unique), in listing order. */
export const SCORER_REGISTRY = makeRegistry<Scorer>('scorer', [
  // one line per scorer, e.g.: followerCount,
  followerCount,
  reactionsReceived,
  mentions,
  reshares,
  engagementRateScorer,
  kloutLike,
  kloutLikeV2,
  kloutLearned,
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
]);

/** Registered scorers, in listing order. */
export const SCORERS: readonly Scorer[] = SCORER_REGISTRY.list;

/** Look up a registered scorer by id (`pagerank`, `klout-like@v2`, ...). */
export function getScorer(id: string): Scorer {
  return SCORER_REGISTRY.get(id);
}
