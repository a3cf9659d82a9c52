/**
 * Mean and confidence interval over replicates (seeds): the Student-t interval
 * mean ± t_{1-α/2, n-1} · s/√n, as scipy.stats.t.interval(conf, n-1, loc=mean, scale=sem).
 * Reference: Student (1908); any statistics text, e.g. Wasserman, All of Statistics, §6.3.
 */
import { studentTQuantile } from './student-t.js';

/** A mean with its confidence interval. */
export interface MeanInterval {
  /** Number of finite values used (NaN values are dropped). */
  readonly n: number;
  /** Sample mean (NaN when n = 0). */
  readonly mean: number;
  /** Lower end of the interval (equals the mean when n = 1, NaN when n = 0). */
  readonly lo: number;
  /** Upper end of the interval (equals the mean when n = 1, NaN when n = 0). */
  readonly hi: number;
  /** Sample standard deviation (n − 1 denominator; 0 when n = 1). */
  readonly sd: number;
}

/**
 * Mean and `confidence` (default 0.95) t-interval of the finite values. With one value the
 * interval collapses to the value (there is no spread to estimate); with none everything is NaN.
 */
export function meanInterval(values: ArrayLike<number>, confidence = 0.95): MeanInterval {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) {
      n++;
      sum += v;
    }
  }
  if (n === 0) return { n, mean: NaN, lo: NaN, hi: NaN, sd: NaN };
  const mean = sum / n;
  if (n === 1) return { n, mean, lo: mean, hi: mean, sd: 0 };
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isFinite(v)) ss += (v - mean) * (v - mean);
  }
  const sd = Math.sqrt(ss / (n - 1));
  const half = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, lo: mean - half, hi: mean + half, sd };
}

/**
 * Group `rows` by `keyOf` (groups in first-seen order) and give each group's first row with the
 * {@link meanInterval} of its values: the mean over seeds of one cell of a tidy table.
 */
export function summariseGroups<R>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  valueFor: (row: R) => number,
  confidence = 0.95,
): { row: R; summary: MeanInterval }[] {
  const groups = new Map<string, { row: R; values: number[] }>();
  for (const r of rows) {
    const key = keyOf(r);
    let g = groups.get(key);
    if (!g) {
      g = { row: r, values: [] };
      groups.set(key, g);
    }
    g.values.push(valueFor(r));
  }
  return [...groups.values()].map(({ row, values }) => ({ row, summary: meanInterval(values, confidence) }));
}
