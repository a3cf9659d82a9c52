/**
 * The intervention chart builders: specs compile with Vega-Lite, interval ends are clamped, the
 * deployment rule and the legend order are as asked, non-finite means are left out.
 */
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { axisTitles } from '../../src/charts/axis-titles.js';
import { interventionEffectsChart } from '../../src/charts/intervention-effects.js';
import { interventionOverTimeChart } from '../../src/charts/intervention-over-time.js';
import { VEGA_LITE_SCHEMA } from '../../src/charts/common.js';

const points = [
  { intervention: 'baseline', tick: 4, mean: 0.3, lo: 0.1, hi: 0.5, n: 3 },
  { intervention: 'baseline', tick: 9, mean: 0.9, lo: 0.7, hi: 1.2, n: 3 },
  { intervention: 'penalty', tick: 4, mean: 0.3, lo: 0.2, hi: 0.4, n: 3 },
  { intervention: 'penalty', tick: 9, mean: NaN, lo: NaN, hi: NaN, n: 0 },
];

describe('interventionOverTimeChart', () => {
  const spec = interventionOverTimeChart(points, {
    yTitle: 'Spearman ρ',
    clamp: [-1, 1],
    markTick: 5,
    markLabel: 'score deployed',
    order: ['penalty', 'baseline'],
  });
  const layers = (spec as { layer: { data: { values: Record<string, unknown>[] }; encoding: Record<string, { sort?: unknown }> }[] }).layer;

  it('compiles, pins the schema and titles both axes', () => {
    expect(() => compile(spec)).not.toThrow();
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect(axisTitles(spec)).toEqual(['tick', 'Spearman ρ']);
  });
  it('clamps intervals, drops non-finite means, keeps the legend order, draws the deployment rule', () => {
    expect(layers[0]!.data.values).toHaveLength(3);
    expect(layers[0]!.data.values.find((v) => v.tick === 9)!.hi).toBe(1);
    expect(layers[1]!.encoding.color!.sort).toEqual(['penalty', 'baseline']);
    expect(layers[2]!.data.values).toEqual([{ tick: 5, label: 'score deployed' }]);
    expect(layers).toHaveLength(4);
  });
});

describe('interventionEffectsChart', () => {
  it('compiles with one row per intervention and a reference rule at 0', () => {
    const spec = interventionEffectsChart(
      [
        { intervention: 'baseline', mean: 0.15, lo: 0.1, hi: 0.2, n: 5 },
        { intervention: 'penalty', mean: 0.01, lo: -0.03, hi: 0.05, n: 5 },
      ],
      { xTitle: 'decay' },
    );
    expect(() => compile(spec)).not.toThrow();
    expect(axisTitles(spec)).toEqual(['decay', 'intervention']);
    const layers = (spec as { layer: { data: { values: unknown[] } }[] }).layer;
    expect(layers[0]!.data.values).toEqual([{ ref: 0 }]);
    expect(layers[2]!.data.values).toHaveLength(2);
  });
});
