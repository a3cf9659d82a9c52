/**
 * Reciprocal-interaction tie strength: only repeated interaction in both directions counts.
 * Sybils and bots can follow and react freely, but cannot make honest people interact back with
 * them repeatedly; a pair (u, v) is a tie when u acted on v at least `minEach` times and v acted
 * on u at least `minEach` times within the window. Tie strength = min(a(u→v), a(v→u)); an agent's
 * score is the sum of its ties' strengths.
 * Reference: Zhang et al., 2016, "TrueTop: a sybil-resilient system for user influence measurement on Twitter" (IEEE/ACM ToN).
 */
import { findEdge } from '../graph/csr.js';
import type { Observation } from '../model/observation.js';
import { resolveParams, type ParamSpecs, type ParamValues } from '../params.js';
import type { Scorer } from './scorer.js';

/** Parameters of the reciprocal-ties scorer. */
export const RECIPROCAL_PARAMS = {
  minEach: {
    kind: 'int',
    source: 'illustrative',
    min: 1,
    default: 2,
    description: 'interactions needed in each direction for a pair to count',
  },
  includeLikes: {
    kind: 'bool',
    source: 'illustrative',
    default: false,
    description: 'count likes as interactions (TrueTop counts replies, reshares and mentions)',
  },
} as const satisfies ParamSpecs;

/** Resolved reciprocal-ties parameters. */
export type ReciprocalParams = ParamValues<typeof RECIPROCAL_PARAMS>;

/** Sum over reciprocal, repeated ties of min(a(u→v), a(v→u)) per agent (≥ 0, interaction counts). */
export function reciprocalTieScores(obs: Observation, p: ReciprocalParams): Float64Array {
  const { csr, counts } = obs.interactions;
  const m = csr.targets.length;
  const a = new Float64Array(m);
  for (let k = 0; k < m; k++) a[k] = counts.reply[k]! + counts.reshare[k]! + counts.mention[k]! + (p.includeLikes ? counts.like[k]! : 0);
  const out = new Float64Array(obs.n);
  for (let u = 0; u < obs.n; u++) {
    for (let k = csr.offsets[u]!; k < csr.offsets[u + 1]!; k++) {
      const v = csr.targets[k]!;
      if (v <= u || a[k]! < p.minEach) continue; // each unordered pair once, from its smaller end
      const back = findEdge(csr, v, u);
      if (back < 0 || a[back]! < p.minEach) continue;
      const s = Math.min(a[k]!, a[back]!);
      out[u]! += s;
      out[v]! += s;
    }
  }
  return out;
}

/** Make a reciprocal-ties scorer with parameter overrides. */
export function makeReciprocalTies(overrides: Readonly<Record<string, unknown>> = {}): Scorer {
  const p = resolveParams(RECIPROCAL_PARAMS, overrides, 'reciprocal-ties: ');
  return {
    id: 'reciprocal-ties',
    family: 'relational',
    version: 'v1',
    description: `sum of reciprocal tie strengths: pairs with ≥ ${p.minEach} interactions each way count min(a(u→v), a(v→u))`,
    source: 'Zhang et al. 2016, TrueTop',
    score: (obs: Observation) => reciprocalTieScores(obs, p),
  };
}

/** Reciprocal-ties scorer with default parameters. */
export const reciprocalTies: Scorer = makeReciprocalTies();
