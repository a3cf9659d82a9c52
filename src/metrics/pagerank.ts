/**
 * `pagerank`: PageRank on the follow graph. A follow u → v is a vote from u for v, so attention
 * flows to the followee. Damping 0.85; the mass of accounts that follow nobody is spread uniformly
 * (networkx's default); iterated until the L1 change is below 1e-13 (matches networkx to 1e-9).
 * Reference: Page, Brin, Motwani & Winograd 1999, "The PageRank citation ranking".
 */
import type { Observation } from '../model/observation.js';
import { personalizedPageRank } from './algorithms/pagerank-kernel.js';
import type { Scorer } from './scorer.js';

/** Damping factor α (link-following probability); the teleport probability is ε = 1 − α = 0.15. */
export const PAGERANK_DAMPING = 0.85;

/** PageRank of every account on the follow graph; values in (0, 1), summing to 1 (empty graph: empty array). */
export function pagerankScores(obs: Observation): Float64Array {
  return personalizedPageRank(obs.follows.followers, { damping: PAGERANK_DAMPING }).scores;
}

export const pagerank: Scorer = {
  id: 'pagerank',
  family: 'graph',
  version: 'v1',
  description: 'PageRank on the follow graph (damping 0.85, dangling mass spread uniformly)',
  source: 'Page, Brin, Motwani & Winograd 1999, The PageRank citation ranking: bringing order to the Web',
  score: pagerankScores,
};
