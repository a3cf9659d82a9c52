/**
 * Klout-like score: a 1–100 attention score assembled from Klout's public 2010-2012 descriptions:
 * True Reach (unique reactors), Amplification (reactions per post), Network (reactions weighted by
 * the reactor's own score), a selectivity discount, a rolling window, graded on a curve.
 * Its weights are versioned: `klout-like` (v1) and `klout-like@v2` (an "algorithm change").
 * See src/metrics/klout/ for the parts, the curve and the versions.
 * Reference: Klout's 2010-2012 score descriptions; Rao et al., IEEE BigData 2015, "Klout score: measuring influence across multiple social networks".
 */
import type { Observation } from '../model/observation.js';
import { kloutComponents } from './klout/components.js';
import { lognormalCurve, percentileCurve } from './klout/curve.js';
import { KLOUT_VERSIONS, kloutParams, type KloutParams } from './klout/params.js';
import type { Scorer } from './scorer.js';

export { kloutComponents, type KloutComponents } from './klout/components.js';
export { KLOUT_PARAMS, KLOUT_VERSIONS, kloutParams, type KloutParams } from './klout/params.js';

/** Klout-like scores in [1, 100] for every agent under resolved parameters `p`. */
export function kloutScores(obs: Observation, p: KloutParams): Float64Array {
  const { raw } = kloutComponents(obs, p);
  return p.curve === 'lognormal' ? lognormalCurve(raw) : percentileCurve(raw);
}

/**
 * Make a Klout-like scorer for one version of the weights, with optional parameter overrides
 * (checked against KLOUT_PARAMS ranges). Version v1 gets the id `klout-like`, others `klout-like@<v>`.
 */
export function makeKloutLike(version = 'v1', overrides: Readonly<Record<string, unknown>> = {}): Scorer {
  const p = kloutParams(version, overrides);
  const note = KLOUT_VERSIONS.find((v) => v.version === version)!.note;
  return {
    id: version === 'v1' ? 'klout-like' : `klout-like@${version}`,
    family: 'attention',
    version,
    description: `Klout-like 1-100 score graded on a curve (${note}; window ${p.windowTicks} ticks)`,
    source: "Klout's 2010-2012 descriptions; Rao et al. 2015",
    score: (obs: Observation) => kloutScores(obs, p),
  };
}

/** Klout-like score, weights v1. */
export const kloutLike: Scorer = makeKloutLike('v1');
/** Klout-like score after the "algorithm change": weights v2. */
export const kloutLikeV2: Scorer = makeKloutLike('v2');
