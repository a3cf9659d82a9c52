/**
 * Engagement rate: reactions to the agent's posts per post, as social-media dashboards report it.
 * Smoothed with one pseudo-post that drew no reaction, so an agent with 0 posts scores a finite
 * value and a single lucky post does not top the ranking.
 * Reference: the "engagement rate" of marketing dashboards; Klout's amplification (reactions to content ratio).
 */
import type { Observation } from '../model/observation.js';
import type { Scorer } from './scorer.js';

/**
 * (likes + reshares + replies received) / (posts + 1), all within `obs.window`.
 * Unit: reactions per post, ≥ 0. Mentions are not reactions to a post and are left out.
 */
export function engagementRate(obs: Observation): Float64Array {
  const out = new Float64Array(obs.n);
  const { like, reshare, reply } = obs.received;
  for (let i = 0; i < obs.n; i++) out[i] = (like[i]! + reshare[i]! + reply[i]!) / (obs.posts[i]! + 1);
  return out;
}

/** Score = reactions to posts per post, smoothed by one empty pseudo-post. */
export const engagementRateScorer: Scorer = {
  id: 'engagement-rate',
  family: 'attention',
  version: 'v1',
  description: 'reactions (likes, reshares, replies) per post within the window, smoothed: R / (posts + 1)',
  source: 'marketing engagement rate; Klout amplification (Rao et al. 2015)',
  score: engagementRate,
};
