/**
 * Mentions received within the window.
 * Reference: Cha et al., ICWSM 2010 ("mention influence": the agent's name value).
 */
import type { Observation } from '../model/observation.js';
import type { Scorer } from './scorer.js';

/** Score = times the agent was mentioned within `obs.window` (≥ 0, integer-valued). */
export const mentions: Scorer = {
  id: 'mentions',
  family: 'attention',
  version: 'v1',
  description: 'times the agent was mentioned within the window',
  source: 'Cha et al. 2010, mention influence',
  score: (obs: Observation) => Float64Array.from(obs.received.mention),
};
