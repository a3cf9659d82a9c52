/**
 * `coreness`: k-core number of each account on the undirected view of the follow graph
 * (u ~ v when either follows the other; a mutual follow counts once), i.e. networkx
 * `core_number(G.to_undirected())`. Isolated accounts score 0.
 * Reference: Batagelj & Zaversnik 2003 (O(m) cores decomposition); Kitsak et al. 2010 on coreness
 * as a predictor of spreading.
 */
import type { Observation } from '../model/observation.js';
import { coreNumbers } from './algorithms/core-number.js';
import { unionView } from './algorithms/undirected.js';
import type { Scorer } from './scorer.js';

/** Core number of every account (integers 0..max degree, as floats). */
export function corenessScores(obs: Observation): Float64Array {
  const g = unionView(obs.follows.following, obs.follows.followers);
  return Float64Array.from(coreNumbers(g));
}

export const coreness: Scorer = {
  id: 'coreness',
  family: 'graph',
  version: 'v1',
  description: 'k-core number on the undirected view of the follow graph',
  source: 'Batagelj & Zaversnik 2003, An O(m) algorithm for cores decomposition of networks; Kitsak et al. 2010',
  score: corenessScores,
};
