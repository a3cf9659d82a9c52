/**
 * Intervals over seeds that stay inside a bounded measure's range, never clamped:
 *
 * - `wilson`: a proportion of k slots (precision@k, top-k shares). Wilson's score interval
 *   (Wilson 1927, J. Am. Stat. Assoc. 22:209–212) for the pooled proportion, with the number of
 *   trials cut to the effective sample size p(1−p)/Var(p̂) when the seeds vary more than binomial
 *   draws would (Korn & Graubard 1998, Survey Methodology 24:193–201; Kish 1965's design effect),
 *   and the normal quantile replaced by Student's t with n − 1 degrees of freedom (few seeds).
 * - `fisher-z`: a correlation in [−1, 1]. The t-interval of the mean of z = atanh(ρ) over seeds,
 *   mapped back with tanh (Fisher 1915, Biometrika 10:507–521; averaging correlations on the z
 *   scale: Hedges & Olkin 1985, ch. 11). A value of exactly ±1 has no z, so such cells fall back to
 *   the bootstrap.
 * - `bootstrap`: any other bounded mean. The percentile bootstrap of the mean over seeds (Efron &
 *   Tibshirani 1993, An Introduction to the Bootstrap, ch. 13) with 2,000 resamples from a named
 *   stream: every resampled mean lies between the smallest and largest value, hence in range.
 *
 * Every interval is within the measure's range by construction. With one value the interval
 * collapses to it (there is no seed-to-seed spread to estimate), as in src/stats/interval.ts.
 */
import type { Rng } from '../rng.js';
import type { MeanInterval } from './interval.js';
import { studentTQuantile } from './student-t.js';

/** How an interval over seeds of a bounded measure is made (see the file comment). */
export type IntervalMethod = 'wilson' | 'fisher-z' | 'bootstrap';

/** Resamples of the percentile bootstrap. */
export const BOOTSTRAP_RESAMPLES = 2000;

/**
 * Wilson's score interval for `successes` out of `trials` (successes may be fractional, e.g. a
 * tie-aware expected count) with quantile `z` (1.959964 for 95%). Returns [lo, hi] ⊂ [0, 1];
 * [NaN, NaN] when trials ≤ 0.
 */
export function wilsonInterval(successes: number, trials: number, z: number): [number, number] {
  if (!(trials > 0)) return [NaN, NaN];
  const p = Math.min(1, Math.max(0, successes / trials));
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // Guard the last ulp: centre ± half is mathematically within [0, 1].
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The finite values, their count, mean and sample standard deviation. */
function finiteStats(values: ArrayLike<number>): { xs: number[]; mean: number; sd: number } {
  const xs: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) xs.push(v);
  }
  const n = xs.length;
  const mean = n === 0 ? NaN : xs.reduce((s, v) => s + v, 0) / n;
  let ss = 0;
  for (const v of xs) ss += (v - mean) * (v - mean);
  return { xs, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
}

/** The degenerate cases shared by every method: no value (all NaN) or one value (no interval). */
function degenerate(xs: readonly number[], mean: number): MeanInterval | undefined {
  if (xs.length === 0) return { n: 0, mean: NaN, lo: NaN, hi: NaN, sd: NaN };
  if (xs.length === 1) return { n: 1, mean, lo: mean, hi: mean, sd: 0 };
  return undefined;
}

/**
 * Interval of the mean of per-seed proportions in [0, 1], each the share of `slots` slots
 * (e.g. k = 10 for precision@10): Wilson with n·slots trials, or fewer (the effective sample size)
 * when the seeds disagree more than binomial sampling explains. `confidence` in (0, 1).
 */
export function wilsonOverSeeds(values: ArrayLike<number>, slots: number, confidence = 0.95): MeanInterval {
  if (!(slots > 0)) throw new RangeError(`slots must be positive, got ${slots}`);
  const { xs, mean, sd } = finiteStats(values);
  const d = degenerate(xs, mean);
  if (d) return d;
  const n = xs.length;
  const p = Math.min(1, Math.max(0, mean));
  let trials = n * slots;
  if (sd > 0) trials = Math.min(trials, (p * (1 - p) * n) / (sd * sd));
  const t = studentTQuantile(1 - (1 - confidence) / 2, n - 1);
  const [lo, hi] = wilsonInterval(p * trials, trials, t);
  return { n, mean, lo, hi, sd };
}

/**
 * Percentile-bootstrap interval of the mean of `values` (finite ones) with {@link BOOTSTRAP_RESAMPLES}
 * resamples drawn from `rng`: the (α/2, 1 − α/2) quantiles of the resampled means. Lies within
 * [min, max] of the values.
 */
export function bootstrapMeanInterval(values: ArrayLike<number>, rng: Rng, confidence = 0.95): MeanInterval {
  const { xs, mean, sd } = finiteStats(values);
  const d = degenerate(xs, mean);
  if (d) return d;
  const n = xs.length;
  const means = new Float64Array(BOOTSTRAP_RESAMPLES);
  for (let b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += xs[rng.int(n)]!;
    means[b] = s / n;
  }
  means.sort();
  const alpha = 1 - confidence;
  const lo = means[Math.floor((alpha / 2) * BOOTSTRAP_RESAMPLES)]!;
  const hi = means[Math.ceil((1 - alpha / 2) * BOOTSTRAP_RESAMPLES) - 1]!;
  return { n, mean, lo, hi, sd };
}

/**
 * Fisher-z interval of correlations in [−1, 1]: tanh of the t-interval of mean atanh(ρ). The mean
 * reported is the plain mean of the values. Falls back to {@link bootstrapMeanInterval} with
 * `rng()` when a value is exactly ±1 (infinite z) and the values are not all equal.
 */
export function fisherZOverSeeds(values: ArrayLike<number>, rng: () => Rng, confidence = 0.95): MeanInterval {
  const { xs, mean, sd } = finiteStats(values);
  const d = degenerate(xs, mean);
  if (d) return d;
  const n = xs.length;
  if (sd === 0) return { n, mean, lo: mean, hi: mean, sd };
  if (xs.some((v) => Math.abs(v) >= 1)) return bootstrapMeanInterval(xs, rng(), confidence);
  const z = xs.map(Math.atanh);
  const zs = finiteStats(z);
  const half = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * (zs.sd / Math.sqrt(n));
  return { n, mean, lo: Math.tanh(zs.mean - half), hi: Math.tanh(zs.mean + half), sd };
}

/** What {@link boundedInterval} needs to know about the measure. */
export interface BoundedSpec {
  readonly method: IntervalMethod;
  /** Slots per seed of a `wilson` proportion (k of a top-k measure). */
  readonly slots?: number | undefined;
}

/**
 * The interval over seeds of a bounded measure by its method; `rng` gives the bootstrap's stream
 * (called only when a bootstrap is drawn).
 */
export function boundedInterval(values: ArrayLike<number>, spec: BoundedSpec, rng: () => Rng, confidence = 0.95): MeanInterval {
  switch (spec.method) {
    case 'wilson':
      return wilsonOverSeeds(values, spec.slots ?? 1, confidence);
    case 'fisher-z':
      return fisherZOverSeeds(values, rng, confidence);
    case 'bootstrap':
      return bootstrapMeanInterval(values, rng(), confidence);
  }
}
