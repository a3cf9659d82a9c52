/**
 * An example user scorer for notebooks/02-your-own-scorer.ipynb: distinct accounts that reacted
 * to an agent (its reach), discounted by how many accounts those reactors follow (a reaction from
 * someone who follows few accounts is scarcer attention). Reads only the Observation.
 * Load it with loadUserScorer('scorers/reach-per-attention.ts') or
 * `goodhart score --scorer notebooks/scorers/reach-per-attention.ts`.
 */
import type { Observation, Scorer } from '../../src/api.ts';

export const scorer: Scorer = {
  id: 'reach-per-attention',
  family: 'user',
  version: 'v1',
  description: 'distinct reactors, each weighted 1 / log2(2 + accounts it follows)',
  source: 'Goodhart notebook example (scarce attention counts more, after Klout\'s selectivity idea)',
  score(obs: Observation): Float64Array {
    const following = obs.follows.following.offsets;
    // interactions.csr: row a lists the distinct accounts actor a reacted to within the window.
    const { offsets, targets } = obs.interactions.csr;
    const out = new Float64Array(obs.n);
    for (let a = 0; a < obs.n; a++) {
      const weight = 1 / Math.log2(2 + following[a + 1]! - following[a]!);
      for (let e = offsets[a]!; e < offsets[a + 1]!; e++) out[targets[e]!]! += weight;
    }
    return out;
  },
};
