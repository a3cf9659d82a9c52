/**
 * Grading on a curve: map raw scores to 1–100 against the whole population, as Klout did
 * ("your score is graded on a curve"). Agents with raw score 0 (no activity in the window) get 1.
 * Reference: Klout's 2011 score description; the log-normal form follows Rao et al., IEEE BigData 2015.
 */
import * as pm from '../../portable-math.js';

/**
 * Percentile curve: score = 1 + 99 · (ascending average rank among active agents) / (number active).
 * The top active agent gets 100; ties share their average rank. Raw scores within a relative
 * 1e-12 of each other are ties, so summation order (agent labels) cannot break them. Range [1, 100].
 */
export function percentileCurve(raw: Float64Array): Float64Array {
  const n = raw.length;
  const out = new Float64Array(n).fill(1);
  let a = 0;
  for (let i = 0; i < n; i++) if (raw[i]! > 0) a++;
  if (a === 0) return out;
  // The active values, sorted natively (no comparator); a group's score depends on its values
  // alone, so each agent finds it by binary search for the first copy of its own value.
  const sorted = new Float64Array(a);
  for (let i = 0, k = 0; i < n; i++) if (raw[i]! > 0) sorted[k++] = raw[i]!;
  sorted.sort();
  const score = new Float64Array(a);
  for (let i = 0; i < a; ) {
    let j = i;
    while (j + 1 < a && nearlyEqual(sorted[j + 1]!, sorted[i]!)) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) score[k] = 1 + (99 * avgRank) / a;
    i = j + 1;
  }
  for (let i = 0; i < n; i++) {
    const v = raw[i]!;
    if (!(v > 0)) continue;
    let lo = 0;
    let hi = a - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    out[i] = score[lo]!;
  }
  return out;
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Log-normal curve: fit μ, σ of ln(raw) over active agents; score = 1 + 99 · Φ((ln raw − μ) / σ).
 * Keeps distances (a far-ahead leader stays near 100 while the rest spread below). Range [1, 100].
 */
export function lognormalCurve(raw: Float64Array): Float64Array {
  const n = raw.length;
  const out = new Float64Array(n).fill(1);
  let a = 0;
  let sum = 0;
  let sum2 = 0;
  for (let i = 0; i < n; i++) {
    if (raw[i]! <= 0) continue;
    const l = pm.log(raw[i]!);
    a++;
    sum += l;
    sum2 += l * l;
  }
  if (a === 0) return out;
  const mu = sum / a;
  const sd = Math.sqrt(Math.max(0, sum2 / a - mu * mu));
  for (let i = 0; i < n; i++) {
    if (raw[i]! <= 0) continue;
    out[i] = sd > 1e-12 ? 1 + 99 * normalCdf((pm.log(raw[i]!) - mu) / sd) : 50.5;
  }
  return out;
}

/** Standard normal CDF via erf (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * pm.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}
