/**
 * Reshares (retweets) received within the window.
 * Reference: Cha et al., ICWSM 2010 ("retweet influence": the content value); Kwak et al., WWW 2010.
 */
import type { Observation } from '../model/observation.js';
import type { Scorer } from './scorer.js';

/** Score = reshares of the agent's posts within `obs.window` (≥ 0, integer-valued). */
export const reshares: Scorer = {
  id: 'reshares',
  family: 'attention',
  version: 'v1',
  description: "reshares of the agent's posts within the window",
  source: 'Cha et al. 2010, retweet influence; Kwak et al. 2010',
  score: (obs: Observation) => Float64Array.from(obs.received.reshare),
};
