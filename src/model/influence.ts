/**
 * The move-probability formula: the one place that says how likely a message from v is to move
 * a follower u. The engine draws honest reactions from it and the truth layer computes spread
 * from it, so observable honest activity and true influence come from the same hidden quantities.
 *
 *   p(v → u) = min(pMax, β · appeal_v · susceptibility_u · tie(u→v) · A / (A + following_u))
 *
 * appeal ∈ [0, ∞) (mean ≈ 1 for honest people), susceptibility ∈ [0, 1] (0 for bots and sybils),
 * tie ∈ [0, 1] (hidden tie strength of the follow edge u → v), following_u the number of accounts
 * u follows (attention is divided), A the attention scale (accounts one can follow closely).
 * See docs/model.md for the derivation and defaults.
 * Reference: Kempe, Kleinberg & Tardos (2003), Independent Cascade edge probabilities.
 */
import type { ParamSpecs, ParamValues } from '../params.js';
import { TIE_PARAMS } from './ties.js';

/** Parameters of the move-probability formula (declared as data; see docs/model.md). */
export const INFLUENCE_PARAMS = {
  beta: {
    kind: 'number',
    description: 'overall persuasion scale β',
    default: 0.25,
    min: 0,
    max: 10,
    source: 'illustrative (edge probabilities of an Independent Cascade: Kempe et al. 2003)',
  },
  attentionScale: {
    kind: 'number',
    source: 'illustrative (attention is divided: Bakshy et al. 2012, WWW)',
    description: "attention scale A: following A accounts halves each one's pull",
    default: 150,
    min: 1,
    max: 1e6,
  },
  pMax: { kind: 'number', description: 'cap on any single move probability', default: 0.9, min: 0, max: 1, source: 'illustrative' },
  ...TIE_PARAMS,
} as const satisfies ParamSpecs;

/** Resolved influence parameters. */
export type InfluenceParams = ParamValues<typeof INFLUENCE_PARAMS>;

/**
 * Probability in [0, pMax] that one message from v moves follower u.
 * @param appealV v's persuasiveness (≥ 0)
 * @param susceptibilityU u's susceptibility in [0, 1]
 * @param tie hidden tie strength of u → v in [0, 1]
 * @param followingU number of accounts u follows (≥ 0)
 */
export function moveProbability(p: InfluenceParams, appealV: number, susceptibilityU: number, tie: number, followingU: number): number {
  const x = (p.beta * appealV * susceptibilityU * tie * p.attentionScale) / (p.attentionScale + followingU);
  return x < p.pMax ? x : p.pMax;
}
