/**
 * Two-dimensional binning for density plots: counts of points on a regular grid laid over the
 * transformed axes (log(v + 1), or symlog when a value is negative), so a scatter of a million
 * accounts becomes at most `xBins × yBins` rectangles and its chart spec no longer grows with the
 * world. The bin edges are given back in the chart's own units, so the rectangles sit on the same
 * log / symlog scales as the points drawn over them.
 * Reference: Carr et al., "Scatterplot matrix techniques for large N", JASA 82 (1987) (binned
 * scatterplots); Vega's symlog transform sign(v)·log1p(|v| / c) with constant c = 1
 * (vega-scale, Webber, "A bi-symmetric log transformation for wide-range data", 2012).
 */

/** How values are mapped before binning: `log1p` is log10(v + 1) (values ≥ 0), `symlog` is sign(v)·ln(1 + |v|). */
export type BinTransform = 'log1p' | 'symlog';

/** One non-empty bin: its edges in the shown units (`v + 1` for log1p, `v` for symlog) and its count. */
export interface DensityBin {
  readonly x: number;
  readonly x2: number;
  readonly y: number;
  readonly y2: number;
  /** Points in the bin (≥ 1; empty bins are left out). */
  readonly count: number;
}

/** Options of {@link bin2d}. */
export interface Bin2dOptions {
  /** Bins across (default 60, 1..1000). */
  readonly xBins?: number;
  /** Bins up (default 40, 1..1000). */
  readonly yBins?: number;
  readonly xTransform: BinTransform;
  readonly yTransform: BinTransform;
}

const forward = (t: BinTransform, v: number) => (t === 'log1p' ? Math.log10(Math.max(v, 0) + 1) : Math.sign(v) * Math.log1p(Math.abs(v)));
/** Back from transformed space to the shown unit (`v + 1` for log1p, `v` for symlog). */
const backward = (t: BinTransform, u: number) => (t === 'log1p' ? 10 ** u : Math.sign(u) * Math.expm1(Math.abs(u)));
/** Six significant digits: edges stay readable and the spec small; the same bytes on every machine. */
const tidy = (v: number) => Number(v.toPrecision(6));

function range(t: BinTransform, values: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const u = forward(t, v);
    if (u < lo) lo = u;
    if (u > hi) hi = u;
  }
  if (lo > hi) return [0, 1];
  // One value only: a unit-wide span around it, so the single bin has a width.
  return hi > lo ? [lo, hi] : [lo - 0.5, hi + 0.5];
}

/**
 * Count the points (`x[i]`, `y[i]`) on an `xBins × yBins` grid over the transformed range of each
 * axis; points with a non-finite coordinate are skipped. Bins come back in row-major order
 * (y bin, then x bin), non-empty ones only. Cost O(n + xBins·yBins).
 */
export function bin2d(x: Float64Array, y: Float64Array, opts: Bin2dOptions): DensityBin[] {
  const nx = Math.min(1000, Math.max(1, Math.floor(opts.xBins ?? 60)));
  const ny = Math.min(1000, Math.max(1, Math.floor(opts.yBins ?? 40)));
  const [x0, x1] = range(opts.xTransform, x);
  const [y0, y1] = range(opts.yTransform, y);
  const counts = new Uint32Array(nx * ny);
  for (let i = 0; i < x.length; i++) {
    const xv = x[i]!;
    const yv = y[i]!;
    if (!Number.isFinite(xv) || !Number.isFinite(yv)) continue;
    const bx = Math.min(nx - 1, Math.floor(((forward(opts.xTransform, xv) - x0) / (x1 - x0)) * nx));
    const by = Math.min(ny - 1, Math.floor(((forward(opts.yTransform, yv) - y0) / (y1 - y0)) * ny));
    counts[by * nx + bx]!++;
  }
  const xEdge = (b: number) => tidy(backward(opts.xTransform, x0 + ((x1 - x0) * b) / nx));
  const yEdge = (b: number) => tidy(backward(opts.yTransform, y0 + ((y1 - y0) * b) / ny));
  const bins: DensityBin[] = [];
  for (let by = 0; by < ny; by++) {
    for (let bx = 0; bx < nx; bx++) {
      const count = counts[by * nx + bx]!;
      if (count > 0) bins.push({ x: xEdge(bx), x2: xEdge(bx + 1), y: yEdge(by), y2: yEdge(by + 1), count });
    }
  }
  return bins;
}
