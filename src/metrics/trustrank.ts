/**
 * `trustrank`: personalised PageRank on the follow graph whose teleport goes only to trusted seeds
 * (`ctx.trustedSeeds`, else verified accounts). A follow u → v passes u's trust to v, so accounts
 * that honest seeds follow (directly or at a few hops) get trust, while a sybil region reached
 * only through few attack edges gets little. Damping 0.85 as in the paper; dangling mass returns to
 * the seeds (networkx `pagerank(personalization=seeds)`); iterated to an L1 change below 1e-13.
 * No seeds at all: every account is a seed, i.e. plain PageRank.
 * Reference: Gyöngyi, Garcia-Molina & Pedersen 2004, "Combating web spam with TrustRank" (VLDB).
 */
import type { Observation } from '../model/observation.js';
import { personalizedPageRank } from './algorithms/pagerank-kernel.js';
import { resolveSeeds } from './algorithms/seeds.js';
import type { Scorer, ScorerContext } from './scorer.js';

/** TrustRank of every account: non-negative, summing to 1 (empty graph: empty array). */
export function trustrankScores(obs: Observation, ctx?: ScorerContext): Float64Array {
  const seeds = resolveSeeds(obs, ctx);
  const opts = seeds.fallback ? { damping: 0.85 } : { damping: 0.85, teleport: Float64Array.from(seeds.mask) };
  return personalizedPageRank(obs.follows.followers, opts).scores;
}

export const trustrank: Scorer = {
  id: 'trustrank',
  family: 'relational',
  version: 'v1',
  description: 'Personalised PageRank from trusted seeds (verified accounts by default) on the follow graph',
  source: 'Gyöngyi, Garcia-Molina & Pedersen 2004, Combating web spam with TrustRank',
  score: trustrankScores,
};
