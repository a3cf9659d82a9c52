/**
 * Group statistics that scenario claims are stated in: percentiles among real people, Spearman ρ
 * within a subset, top-k membership and ranks. Percentiles use mid-ranks (docs/measures.md).
 */
import { percentiles } from '../../drift/rank-lift.js';
import { spearman } from '../../stats/spearman.js';
import { argsortDescending, gather } from '../../stats/ranks.js';

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
