/**
 * Why a follow exists decides its hidden tie strength (how much the followee's messages can move
 * the follower). Real relationships are strong; courtesy follow-backs, bought and farmed follows
 * are near zero. Hidden: the platform sees the follow, never the reason or the tie.
 * Reference: Granovetter (1973), "The strength of weak ties", AJS 78(6); Gilbert & Karahalios
 * (2009), "Predicting tie strength with social media", CHI (tie strength varies by relationship).
 */
import type { ParamSpecs, ParamValues } from '../params.js';
import type { Rng } from '../rng.js';
import * as pm from '../portable-math.js';

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

const tieSource = 'illustrative (ordering: Granovetter 1973; Gilbert & Karahalios 2009, CHI)';
const mean = (description: string, value: number) =>
  ({ kind: 'number', description, default: value, min: 0.001, max: 1, source: tieSource }) as const;

/**
 * Mean hidden tie strength of each organic reason (`influence.*Tie`). Bought and farmed follows
 * carry no tie by definition (nobody stands behind them): they are 0, not a parameter.
 */
export const TIE_PARAMS = {
  communityTie: mean("mean tie strength of an organic follow inside one's community", 0.57),
  globalTie: mean('mean tie strength of an organic follow across communities', 0.25),
  audienceTie: mean('mean tie strength of following a broadcaster (one of a large audience)', 0.08),
  reciprocalTie: mean('mean tie strength of a return follow grown from a real relationship', 0.5),
  courtesyTie: mean('mean tie strength of a courtesy follow-back', 0.02),
  triadicTie: mean("mean tie strength of following a friend's friend (triadic closure)", 0.38),
} as const satisfies ParamSpecs;

/** Resolved tie means. */
export type TieParams = ParamValues<typeof TIE_PARAMS>;

/** Mean hidden tie strength by reason code (index = FollowReason code), from resolved {@link TIE_PARAMS}; bought and farmed are 0. */
export function meanTies(p: TieParams): readonly number[] {
  return [p.communityTie, p.globalTie, p.audienceTie, p.reciprocalTie, p.courtesyTie, p.triadicTie, 0, 0];
}

/** Number of follow reasons (codes 0 … REASONS − 1). */
export const REASONS = Object.keys(FollowReason).length;

/**
 * Draw the hidden tie strength in [0, 1] of a follow made for `reason`: U^(1/μ − 1) for a
 * uniform U, a one-draw distribution on [0, 1] with mean μ = meanTie[reason] (skewed towards 0
 * for weak reasons: most audience ties are faint, a few are real). Bought and farmed follows get 0.
 * @param meanTie means by reason code, from {@link meanTies}
 */
export function drawTie(reason: number, rng: Rng, meanTie: readonly number[]): number {
  const mu = meanTie[reason] ?? 0;
  if (mu <= 0) return 0;
  return pm.pow(rng.next(), 1 / mu - 1);
}
