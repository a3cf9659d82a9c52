/**
 * Why a follow exists decides its hidden tie strength (how much the followee's messages can move
 * the follower). Real relationships are strong; courtesy follow-backs, bought and farmed follows
 * are near zero. Hidden: the platform sees the follow, never the reason or the tie.
 * Reference: Granovetter (1973), "The strength of weak ties", AJS 78(6); Gilbert & Karahalios
 * (2009), "Predicting tie strength with social media", CHI (tie strength varies by relationship).
 */
import type { Rng } from '../rng.js';

/** Reasons a follow edge exists (codes stored per edge in the engine). */
export const FollowReason = {
  /** Organic follow inside one's own community (homophily). */
  community: 0,
  /** Organic follow across communities. */
  global: 1,
  /** Following a broadcaster: part of a large audience. */
  audience: 2,
  /** A return follow grown from a real relationship. */
  reciprocal: 3,
  /** A courtesy follow-back (social capitalists, or politeness to a stranger). */
  courtesy: 4,
  /** Triadic closure: following a friend's friend. */
  triadic: 5,
  /** A bought or bot follow. */
  bought: 6,
  /** A follow made to farm follow-backs. */
  farmed: 7,
} as const;

/** Mean hidden tie strength by reason code (index = FollowReason code). */
export const MEAN_TIE: readonly number[] = [0.57, 0.25, 0.08, 0.5, 0.02, 0.38, 0, 0];

/**
 * Draw the hidden tie strength in [0, 1] of a follow made for `reason`: U^(1/μ − 1) for a
 * uniform U, a one-draw distribution on [0, 1] with mean μ = MEAN_TIE[reason] (skewed towards 0
 * for weak reasons: most audience ties are faint, a few are real). Bought and farmed follows get 0.
 */
export function drawTie(reason: number, rng: Rng): number {
  const mu = MEAN_TIE[reason] ?? 0;
  if (mu <= 0) return 0;
  return rng.next() ** (1 / mu - 1);
}
