/**
 * Follower count (in-degree of the follow graph): the oldest attention metric.
 * Reference: Cha et al., ICWSM 2010, "Measuring user influence in Twitter: the million follower fallacy".
 */
import { followerCounts } from '../model/follow-graph.js';
import type { Observation } from '../model/observation.js';
import type { Scorer } from './scorer.js';

/** Score = number of accounts that follow the agent now (≥ 0, integer-valued). */
export const followerCount: Scorer = {
  id: 'follower-count',
  family: 'attention',
  version: 'v1',
  description: 'number of followers (in-degree of the follow graph)',
  source: 'Cha et al. 2010, the million follower fallacy',
  score(obs: Observation): Float64Array {
    return Float64Array.from(followerCounts(obs.follows));
  },
};
