/**
 * The learned Klout model: a ridge regression of log(1 + true influence) on standardized
 * log(1 + feature) values of the observable features, in the spirit of Rao et al. (2015), who fit
 * the Klout score's weights to an influence target over thousands of features from nine networks.
 * Here the features are the platform-visible ones of src/metrics/features.ts and the target is the
 * simulator's hidden per-message spread, on training worlds of seeds no scenario uses by default.
 *
 *   z_j = (log1p(x_j) − mean_j) / sd_j,   ŷ = b + Σ_j w_j z_j,   (w, b) = argmin Σ (y − ŷ)² + λ ‖w‖²
 *
 * This file holds the model and its prediction; the fit is src/stats/ridge.ts, the training
 * src/pipeline/train-klout-learned.ts, and the frozen weights are in learned-v1.json (written by
 * `npm run train:klout-learned`), which never change at run time.
 * Reference: Rao, Spasojevic, Li & D'Souza (2015), "Klout score: Measuring influence across multiple
 * social networks", IEEE BigData 2015.
 */
import type { Observation } from '../../model/observation.js';
import { computeFeatures } from '../features.js';
import * as pm from '../../portable-math.js';

/** A fitted, frozen model. Arrays are in `features` order. */
export interface LearnedModel {
  readonly version: string;
  /** Feature names (src/metrics/features.ts), each used as log(1 + value). */
  readonly features: readonly string[];
  readonly mean: readonly number[];
  /** Standard deviation of each transformed feature on the training rows (1 where it was 0). */
  readonly sd: readonly number[];
  readonly weights: readonly number[];
  readonly intercept: number;
  /** Ridge penalty λ on the standardized weights (the intercept is not penalized). */
  readonly lambda: number;
}

/** log(1 + x) of every named feature of `obs`, as columns (features × agents). */
export function transformedFeatures(obs: Observation, names: readonly string[]): Float64Array[] {
  const raw = computeFeatures(obs, names);
  return names.map((name) => {
    const x = raw.get(name)!;
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = pm.log1p(Math.max(0, x[i]!));
    return out;
  });
}

/** Predicted log(1 + people moved by one message) for every agent of `obs` under the frozen model. */
export function predictLearned(model: LearnedModel, obs: Observation): Float64Array {
  const cols = transformedFeatures(obs, model.features);
  const out = new Float64Array(obs.n).fill(model.intercept);
  for (const [j, col] of cols.entries()) {
    const w = model.weights[j]! / model.sd[j]!;
    const m = model.mean[j]!;
    for (let i = 0; i < obs.n; i++) out[i]! += w * (col[i]! - m);
  }
  return out;
}
