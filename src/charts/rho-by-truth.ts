/**
 * ρ per scorer per truth: for each definition of true influence (per-message spread, realized
 * influence, linear threshold, Friedkin–Johnsen, removal), each scorer's Spearman ρ with it at the
 * final tick, as grouped bars with the 95% interval over seeds (Fisher z: src/stats/bounded-interval.ts).
 * A scorer whose bar changes a lot from one truth to the next is judged by the definition as much
 * as by the world. Reference: the truth models of docs/truth.md; grouped bars (Cleveland 1985, ch. 4).
 */
import type { TopLevelSpec } from 'vega-lite';
import { seriesScale, specHeader, type ChartOptions } from './common.js';

/** One bar: a scorer's mean ρ with one truth, and its interval over seeds. */
export interface RhoByTruthPoint {
  /** Truth label (x axis), e.g. "removal". */
  readonly truth: string;
  readonly scorer: string;
  /** Mean ρ over seeds, in [−1, 1]. */
  readonly mean: number;
  /** 95% interval over seeds (equal to mean with one seed). */
  readonly lo: number;
  readonly hi: number;
  /** Seeds with a value. */
  readonly n: number;
}

/** Options of {@link rhoByTruthChart}. */
export interface RhoByTruthOptions extends ChartOptions {
  /** Truth labels in axis order (default: first-seen order). */
  truths?: readonly string[];
}

/** Grouped bars: x = truth, one bar per scorer (series colours), error bars when n ≥ 2. */
export function rhoByTruthChart(points: readonly RhoByTruthPoint[], opts: RhoByTruthOptions = {}): TopLevelSpec {
  const values = points.filter((p) => Number.isFinite(p.mean)).map((p) => ({ ...p }));
  const ids = opts.series ?? [...new Set(values.map((p) => p.scorer))].sort();
  const truths = opts.truths ?? [...new Set(values.map((p) => p.truth))];
  const x = { field: 'truth', type: 'nominal', title: 'truth definition', sort: [...truths], axis: { labelAngle: -20 } } as const;
  const y = {
    field: 'mean',
    type: 'quantitative',
    title: 'Spearman ρ with the truth (real people)',
    scale: { domain: [-1, 1] as number[] },
  } as const;
  const color = { field: 'scorer', type: 'nominal', title: 'scorer', scale: seriesScale(ids) } as const;
  const xOffset = { field: 'scorer', type: 'nominal', sort: [...ids] } as const;
  const bars = values.filter((v) => v.n >= 2);
  return {
    ...specHeader(
      opts,
      "Each scorer's ρ with five definitions of true influence",
      'Groups: truth definitions; bars: scorers; whiskers: 95% interval over seeds. Where the bars of a scorer differ across groups, its grade depends on what "influence" means.',
    ),
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x,
          xOffset,
          y,
          color,
          tooltip: [
            { field: 'truth', type: 'nominal' },
            { field: 'scorer', type: 'nominal' },
            { field: 'mean', type: 'quantitative', format: '.3f', title: 'mean ρ' },
            { field: 'lo', type: 'quantitative', format: '.3f', title: '95% low' },
            { field: 'hi', type: 'quantitative', format: '.3f', title: '95% high' },
            { field: 'n', type: 'quantitative', title: 'seeds' },
          ],
        },
      },
      ...(bars.length > 0
        ? [
            {
              data: { values: bars },
              mark: { type: 'rule' as const, color: '#333' },
              encoding: { x, xOffset, y: { field: 'lo', type: 'quantitative' as const, title: y.title }, y2: { field: 'hi' } },
            },
          ]
        : []),
    ],
  };
}
