/** The verdicts of `goodhart reproduce` (src/reproduce/run.ts judgeFigure), on hand-made values. */
import { describe, expect, it } from 'vitest';
import type { ClaimRecipe, ReproducedFigure } from '../../src/reproduce/figure.js';
import { judgeFigure, roundTo, runKeys } from '../../src/reproduce/run.js';

const figure = (o: Partial<ReproducedFigure>): ReproducedFigure => ({
  kind: 'reproduced',
  id: 'test',
  doc: 'docs/x.md',
  text: 'x',
  recipe: { scenario: 'perks', claim: 'truth-barely-rises', key: 'perks.ratio', precision: 0.05 },
  seeds: [1, 2],
  rule: 'per-seed',
  quoted: [0.72, 0.7],
  digits: 2,
  interval: 'student-t',
  ...o,
});

describe('judgeFigure', () => {
  it('per seed: reproduced when every seed rounds to its quoted number at the printed precision', () => {
    expect(judgeFigure(figure({}), [0.7249, 0.6951], [0.7, 0.72]).reproduced).toBe(true);
    expect(judgeFigure(figure({}), [0.7251, 0.7], [0.7, 0.72]).reproduced).toBe(false);
    expect(judgeFigure(figure({}), [0.72, Number.NaN], [0.7, 0.72]).reproduced).toBe(false);
  });
  it('range: reproduced when the smallest and largest seed give the quoted ends', () => {
    const f = figure({ rule: 'range', seeds: [1, 2, 3], quoted: [0.3, 0.32] });
    expect(judgeFigure(f, [0.301, 0.318, 0.31], [0.3]).reproduced).toBe(true);
    // Inside the range but not reaching its top: the quote is not what these seeds give.
    expect(judgeFigure(f, [0.301, 0.305, 0.31], [0.3]).reproduced).toBe(false);
    expect(judgeFigure(f, [0.28, 0.318, 0.31], [0.3]).reproduced).toBe(false);
  });
  it('fresh seeds: the Student-t interval of their mean, and whether the quote meets it', () => {
    // Mean 0.71, sd 0.01 over 3 seeds: half-width t(0.975, 2)·0.01/√3 = 4.303·0.005774 = 0.02484.
    const r = judgeFigure(figure({}), [0.72, 0.7], [0.7, 0.71, 0.72]);
    expect(r.fresh.mean).toBeCloseTo(0.71, 12);
    expect(r.fresh.lo).toBeCloseTo(0.71 - 0.024841, 5);
    expect(r.fresh.hi).toBeCloseTo(0.71 + 0.024841, 5);
    expect(r.quoteInInterval).toBe(true);
    expect(judgeFigure(figure({ quoted: [0.8, 0.79] }), [0.8, 0.79], [0.7, 0.71, 0.72]).quoteInInterval).toBe(false);
  });
  it('fresh seeds: correlations by Fisher z, other bounded values by a seeded bootstrap inside their range', () => {
    const xs = [0.5, 0.6, 0.7];
    const z = judgeFigure(figure({ interval: 'fisher-z' }), [0.72, 0.7], xs).fresh;
    expect([roundTo(z.lo, 3), roundTo(z.hi, 3)]).toEqual([0.298, 0.8]); // docs/measures.md's worked example
    const b1 = judgeFigure(figure({ interval: 'bootstrap' }), [0.72, 0.7], xs).fresh;
    const b2 = judgeFigure(figure({ interval: 'bootstrap' }), [0.72, 0.7], xs).fresh;
    expect(b1).toEqual(b2);
    expect(b1.lo).toBeGreaterThanOrEqual(0.5);
    expect(b1.hi).toBeLessThanOrEqual(0.7);
  });
});

describe('runKeys', () => {
  it('runs each world once: figures of the same scenario, seed and precision share it', () => {
    const base: ClaimRecipe = { scenario: 'perks', claim: 'truth-barely-rises', key: 'perks.ratio', precision: 0.05 };
    const a = figure({ id: 'a', recipe: base });
    const b = figure({ id: 'b', recipe: { ...base, key: 'perks.nullLo' } });
    const c = figure({ id: 'c', recipe: { ...base, precision: 0.02 } });
    expect(runKeys([a, b], [7001]).map((k) => k.seed)).toEqual([1, 2, 7001]);
    expect(runKeys([a, b, c], [7001])).toHaveLength(6);
  });
});
