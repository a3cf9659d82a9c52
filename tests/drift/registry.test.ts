/** Contract test run over every registered measure (a new measure is covered once registered). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnknownNameError } from '../../src/errors.js';
import { ROLES } from '../../src/model/roles.js';
import { makeDriftInput } from '../../src/drift/input.js';
import { MEASURES, getMeasure } from '../../src/drift/registry.js';

const world = fc.integer({ min: 3, max: 40 }).chain((n) =>
  fc.record({
    role: fc.array(fc.integer({ min: 0, max: ROLES.length - 1 }), { minLength: n, maxLength: n }),
    score: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: n, maxLength: n }),
    reference: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
    k: fc.integer({ min: 1, max: 12 }),
  }),
);

describe('measure registry', () => {
  it('ids are unique kebab-case', () => {
    const ids = MEASURES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it('getMeasure throws UnknownNameError listing the known names', () => {
    expect(() => getMeasure('spearmann')).toThrow(UnknownNameError);
    expect(() => getMeasure('spearmann')).toThrow(/spearman, kendall-tau-b/);
  });
});

describe.each(MEASURES)('measure $id', (measure) => {
  it('has a description, a source and an ordered range', () => {
    expect(measure.description.length).toBeGreaterThan(10);
    expect(measure.source.length).toBeGreaterThan(3);
    expect(measure.range[0]).toBeLessThan(measure.range[1]);
  });
  it('returns a value inside its range, or NaN, on random worlds', () => {
    fc.assert(
      fc.property(world, (w) => {
        const input = makeDriftInput(Float64Array.from(w.score), Float64Array.from(w.reference), Uint8Array.from(w.role), { k: w.k });
        const v = measure.compute(input);
        return Number.isNaN(v) || (v >= measure.range[0] - 1e-12 && v <= measure.range[1] + 1e-12);
      }),
      { numRuns: 60 },
    );
  });
  it(`reads the reference ${measure.needsTruth || measure.reference === 'version' ? 'it is given' : 'not at all'} (needsTruth ${measure.needsTruth})`, () => {
    // needsTruth is what a sweep uses to skip estimating truth: it must say what compute reads.
    if (measure.needsTruth) expect(measure.reference).toBe('truth');
    const role = Uint8Array.from([0, 3, 4, 0, 1, 2, 3, 5, 0, 0, 3, 0]);
    const score = Float64Array.from([1, 5, 9, 2, 2, 7, 3, 0, 4, 6, 8, 10]);
    const refs = [
      Float64Array.from([2, 1, 0, 3, 8, 2, 0.5, 0, 6, 1, 4, 7]),
      Float64Array.from([9, 8, 0, 7, 1, 6, 5, 0, 2, 4, 3, 0.5]),
      Float64Array.from(score),
    ];
    const values = refs.map((r) => measure.compute(makeDriftInput(score, r, role, { k: 3 })));
    const differ = values.some((v) => !Object.is(v, values[0]));
    expect(differ).toBe(measure.needsTruth || measure.reference === 'version');
  });
  it('is deterministic and does not mutate its input', () => {
    const role = Uint8Array.from([0, 3, 4, 0, 1, 2, 3, 5, 0, 0]);
    const score = Float64Array.from([1, 5, 9, 2, 2, 7, 3, 0, 4, 4]);
    const ref = Float64Array.from([2, 1, 0, 3, 8, 2, 0.5, 0, 6, 1]);
    const copy = Float64Array.from(score);
    const a = measure.compute(makeDriftInput(score, ref, role, { k: 3 }));
    const b = measure.compute(makeDriftInput(score, ref, role, { k: 3 }));
    expect(Object.is(a, b)).toBe(true);
    expect(score).toEqual(copy);
  });
});

describe('perfect agreement gives each rank measure its best value', () => {
  const role = Uint8Array.from([0, 0, 1, 2, 0, 0, 4]);
  const truth = Float64Array.from([6, 5, 4, 3, 2, 1, 0]);
  const input = makeDriftInput(truth, truth, role, { k: 3 });
  it.each(['spearman', 'kendall-tau-b', 'weighted-tau', 'rbo', 'precision-at-k', 'ndcg-at-k'])('%s = 1', (id) => {
    expect(getMeasure(id).compute(input)).toBeCloseTo(1, 12);
  });
  it.each(['kendall-distance', 'top-k-turnover'])('%s = 0 between identical versions', (id) => {
    expect(getMeasure(id).compute(input)).toBeCloseTo(0, 12);
  });
});
