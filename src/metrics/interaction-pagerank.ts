/**
 * `interaction-pagerank`: PageRank on the interaction graph of the window, PeerIndex-style: an
 * edge actor → target weighted by 1 per reply, 1 per reshare and 0.5 per mention (likes and follows
 * do not count; a mention costs nothing to send, hence half weight). Self-interactions are ignored.
 * Accounts that acted on nobody are dangling: their mass is spread uniformly. Damping 0.85; with no
 * interaction at all every account scores 1/n.
 * Reference: Page et al. 1999 (PageRank); PeerIndex's public description of a PageRank-like pass
 * over who acted on whose content (2011); weighted PageRank as networkx `pagerank(weight=...)`.
 */
import { transposeCsr } from '../graph/csr.js';
import type { Observation } from '../model/observation.js';
import { personalizedPageRank } from './algorithms/pagerank-kernel.js';
import type { Scorer } from './scorer.js';

/** Weight of one interaction of each kind in {@link interactionPagerankScores}. */
export const INTERACTION_WEIGHTS = { like: 0, reshare: 1, reply: 1, mention: 0.5 } as const;

/** PageRank on the weighted actor → target interaction graph; non-negative, summing to 1. */
export function interactionPagerankScores(obs: Observation): Float64Array {
  const { csr, counts } = obs.interactions;
  const { csr: inLinks, mirror } = transposeCsr(csr);
  const m = inLinks.targets.length;
  const weights = new Float64Array(m);
  for (let v = 0; v < obs.n; v++) {
    for (let s = inLinks.offsets[v]!; s < inLinks.offsets[v + 1]!; s++) {
      if (inLinks.targets[s] === v) continue; // self-interaction
      const e = mirror[s]!;
      weights[s] =
        INTERACTION_WEIGHTS.like * counts.like[e]! +
        INTERACTION_WEIGHTS.reshare * counts.reshare[e]! +
        INTERACTION_WEIGHTS.reply * counts.reply[e]! +
        INTERACTION_WEIGHTS.mention * counts.mention[e]!;
    }
  }
  return personalizedPageRank(inLinks, { damping: 0.85, weights }).scores;
}

export const interactionPagerank: Scorer = {
  id: 'interaction-pagerank',
  family: 'relational',
  version: 'v1',
  description: 'PageRank on the interaction graph (replies, reshares, half-weight mentions), not follows',
  source: 'Page et al. 1999 applied to interactions, as PeerIndex described its score (2011)',
  score: interactionPagerankScores,
};
