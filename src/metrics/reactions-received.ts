/**
 * Reactions received: every public reaction (like, reshare, reply, mention) the agent received
 * within the Observation's window.
 * Reference: Cha et al., ICWSM 2010 (retweets and mentions as influence measures).
 */
import { REACTION_KINDS, type Observation } from '../model/observation.js';
import type { Scorer } from './scorer.js';

/** Sum of all reaction kinds received per agent within `obs.window` (≥ 0, integer-valued). */
export function totalReceived(obs: Observation): Float64Array {
  const out = new Float64Array(obs.n);
  for (const k of REACTION_KINDS) {
    const c = obs.received[k];
    for (let i = 0; i < obs.n; i++) out[i]! += c[i]!;
  }
  return out;
}

/** Score = likes + reshares + replies + mentions received within the window. */
export const reactionsReceived: Scorer = {
  id: 'reactions-received',
  family: 'attention',
  version: 'v1',
  description: 'reactions of every kind received within the window (likes, reshares, replies, mentions)',
  source: 'Cha et al. 2010; engagement counts shown by every platform',
  score: totalReceived,
};
