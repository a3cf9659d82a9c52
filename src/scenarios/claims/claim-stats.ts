/**
 * Group statistics that scenario claims are stated in: percentiles among real people, Spearman ρ
 * within a subset, top-k membership and ranks. Percentiles use mid-ranks (docs/measures.md).
 */
import { percentiles } from '../../drift/rank-lift.js';
import { spearman } from '../../stats/spearman.js';
import { argsortDescending, gather } from '../../stats/ranks.js';
import type { Rng } from '../../rng.js';

/** Mean percentile in [0, 1] (1 = top) of `group` under `values`, percentiles taken among `real`; NaN for an empty group. */
export function meanPercentile(values: Float64Array, real: Uint32Array, group: ArrayLike<number>): number {
  const p = percentiles(gather(values, real));
  const pos = new Map<number, number>();
  real.forEach((a, j) => {
    pos.set(a, j);
  });
  let s = 0;
  for (let i = 0; i < group.length; i++) s += p[pos.get(group[i]!)!]!;
  return s / group.length;
}

/** Spearman ρ in [−1, 1] of x and y over the accounts `idx`. */
export function spearmanAmong(x: Float64Array, y: Float64Array, idx: ArrayLike<number>): number {
  return spearman(gather(x, idx), gather(y, idx));
}

/** The `k` accounts of `among` (default: all) with the highest `values`, best first (ties by index). */
export function topK(values: Float64Array, k: number, among?: ArrayLike<number>): number[] {
  if (!among) return Array.from(argsortDescending(values).slice(0, k));
  const order = argsortDescending(gather(values, among));
  return Array.from(order.slice(0, k), (j) => among[j]!);
}

/** Rank (1 = top, ties by index) of account `i` under `values` among `among` (default: all). */
export function rankOf(values: Float64Array, i: number, among?: ArrayLike<number>): number {
  const v = values[i]!;
  let r = 1;
  const n = among ? among.length : values.length;
  for (let j = 0; j < n; j++) {
    const a = among ? among[j]! : j;
    if (values[a]! > v || (values[a] === v && a < i)) r++;
  }
  return r;
}

/** Accounts of role code `code`. */
export function withRole(role: Uint8Array, code: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < role.length; i++) if (role[i] === code) out.push(i);
  return out;
}

/** Arithmetic mean; NaN for no numbers. */
export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Median (upper median for an even count); NaN for no numbers. */
export function median(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
}

/** How many of `ids` have role code `code`. */
export function countRole(role: Uint8Array, ids: readonly number[], code: number): number {
  return ids.filter((i) => role[i] === code).length;
}

/** A null model's distribution of a statistic: mean and central 95% band over its replicates. */
export interface NullBand {
  readonly mean: number;
  /** 2.5th and 97.5th percentiles of the replicates. */
  readonly lo: number;
  readonly hi: number;
  readonly replicates: number;
}

/**
 * Range-restriction null for "ρ within the top of x": in a structure-free world whose two variables
 * have the same overall Spearman ρ as observed, what is Spearman ρ within the top `m` of `n` by x?
 * Draws `reps` samples of n pairs from a Gaussian copula with Pearson r = 2·sin(π·ρ/6) (the
 * bivariate-normal relation between Spearman's ρ and Pearson's r; Pearson 1907, Kruskal 1958),
 * keeps the top m by x, and returns the mean and central 95% band of ρ among them.
 * Selecting on x alone shrinks ρ (range restriction; Thorndike 1949): a claim that "agreement is
 * lower at the top" beats this null only when the observed value is below its band.
 * @param rho overall Spearman ρ in [−1, 1]; @param n population size ≥ 2; @param m top size in [2, n]
 */
export function copulaTopSpearmanNull(rho: number, n: number, m: number, reps: number, rng: Rng): NullBand {
  const r = 2 * Math.sin((Math.PI * rho) / 6);
  const s = Math.sqrt(Math.max(0, 1 - r * r));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  for (let k = 0; k < reps; k++) {
    for (let i = 0; i < n; i++) {
      const a = rng.normal();
      x[i] = a;
      y[i] = r * a + s * rng.normal();
    }
    out.push(spearmanAmong(x, y, topK(x, m, all)));
  }
  return band(out);
}

/** Mean and central 95% band (2.5th and 97.5th percentiles, nearest rank) of a null model's replicates (at least one). */
export function band(replicates: readonly number[]): NullBand {
  const out = [...replicates].sort((a, b) => a - b);
  const n = out.length;
  const at = (q: number) => out[Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))))]!;
  return { mean: out.reduce((a, b) => a + b, 0) / n, lo: at(0.025), hi: at(0.975), replicates: n };
}
