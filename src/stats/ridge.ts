/**
 * Ridge regression on standardized predictors, closed form:
 *   z_j = (x_j − mean_j) / sd_j,  (w, b) = argmin Σ_i (y_i − b − Σ_j w_j z_ij)² + λ Σ_j w_j²,
 *   b = mean(y),  (ZᵀZ + λI) w = Zᵀ(y − b)   (normal equations, solved by LU with partial pivoting).
 * Population standard deviations; a predictor constant on the rows gets sd 1 and weight exactly 0.
 * Reference: Hoerl & Kennard (1970), "Ridge regression: biased estimation for nonorthogonal problems",
 * Technometrics 12(1); Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, §3.4.1.
 */
import { lusolve } from 'mathjs';

/** A fitted ridge regression: per-predictor mean, sd and standardized weight, the intercept, λ and in-sample R². */
export interface RidgeFit {
  readonly mean: number[];
  readonly sd: number[];
  readonly weights: number[];
  readonly intercept: number;
  readonly lambda: number;
  /** In-sample coefficient of determination, 1 − SSE/SST (0 when the target is constant). */
  readonly r2: number;
}

/** Training data: predictor columns (each of length n) and the target (length n). */
export interface TrainingSet {
  readonly columns: Float64Array[];
  readonly target: Float64Array;
}

/**
 * Fit a ridge regression on standardized predictors (closed form, normal equations solved by LU with partial
 * pivoting). Deterministic: sums in a fixed order, so the same rows give the same bits everywhere.
 * @param lambda ridge penalty ≥ 0 on the standardized weights
 */
export function fitRidge(data: TrainingSet, lambda: number): RidgeFit {
  const p = data.columns.length;
  const n = data.target.length;
  const mean: number[] = [];
  const sd: number[] = [];
  const constant: boolean[] = [];
  for (const col of data.columns) {
    let s = 0;
    for (let i = 0; i < n; i++) s += col[i]!;
    const m = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (col[i]! - m) ** 2;
    mean.push(m);
    // A feature constant on the training rows (up to rounding) carries no information: sd 1 and a
    // zero column, so its weight is exactly 0 rather than rounding noise divided by ~1e-13.
    const s2 = Math.sqrt(ss / n);
    sd.push(s2 > 1e-9 * (Math.abs(m) + 1) ? s2 : 1);
    constant.push(!(s2 > 1e-9 * (Math.abs(m) + 1)));
  }
  let ySum = 0;
  for (let i = 0; i < n; i++) ySum += data.target[i]!;
  const yMean = ySum / n;
  const z = data.columns.map((col, j) => {
    const out = new Float64Array(n);
    if (!constant[j]) for (let i = 0; i < n; i++) out[i] = (col[i]! - mean[j]!) / sd[j]!;
    return out;
  });
  const A: number[][] = [];
  const b: number[] = [];
  for (let j = 0; j < p; j++) {
    const row: number[] = [];
    for (let k = 0; k < p; k++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += z[j]![i]! * z[k]![i]!;
      row.push(s + (j === k ? lambda : 0));
    }
    A.push(row);
    let s = 0;
    for (let i = 0; i < n; i++) s += z[j]![i]! * (data.target[i]! - yMean);
    b.push(s);
  }
  const solved = lusolve(A, b) as number[][];
  const weights = solved.map((r) => r[0]!);
  let sse = 0;
  let sst = 0;
  for (let i = 0; i < n; i++) {
    let yhat = yMean;
    for (let j = 0; j < p; j++) yhat += weights[j]! * z[j]![i]!;
    sse += (data.target[i]! - yhat) ** 2;
    sst += (data.target[i]! - yMean) ** 2;
  }
  return { mean, sd, weights, intercept: yMean, lambda, r2: sst > 0 ? 1 - sse / sst : 0 };
}
