/** Invariants checked over many random inputs (fast-check property tests). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallCounts, kendallTauB } from '../../src/drift/kendall-tau-b.js';
import { kendallDistance } from '../../src/drift/kendall-distance.js';
import { spearman } from '../../src/stats/spearman.js';
import { weightedTau } from '../../src/drift/weighted-tau.js';
import { naiveCounts, naiveTauB } from './naive.js';

/** Equal-length pairs of small integer vectors: many ties. */
const tiedPair = fc
  .integer({ min: 2, max: 60 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
    ),
  );
/** A vector of distinct-ish doubles (ties possible but rare). */
const vec = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 80 });
const nonConstant = (v: number[]) => new Set(v).size > 1;
/** Strictly increasing transforms. */
const monotone: ((v: number) => number)[] = [
  (v) => v * 3 + 7,
  (v) => Math.cbrt(v),
  (v) => Math.sign(v) * Math.log1p(Math.abs(v)),
  (v) => v * v * v + v,
];

const CORRELATIONS = { spearman, kendallTauB, weightedTau } as const;

describe.each(Object.entries(CORRELATIONS))('%s', (_name, f) => {
  it('lies in [-1, 1] or is NaN for a constant input', () => {
    fc.assert(
      fc.property(tiedPair, ([x, y]) => {
        const r = f(x, y);
        if (!nonConstant(x) || !nonConstant(y)) return Number.isNaN(r);
        return r >= -1 && r <= 1;
      }),
    );
  });
  it('gives 1 for identical rankings and -1 for reversed ones', () => {
    fc.assert(
      fc.property(vec.filter(nonConstant), (x) => {
        expect(f(x, x)).toBeCloseTo(1, 12);
        expect(
          f(
            x,
            x.map((v) => -v),
          ),
        ).toBeCloseTo(-1, 12);
      }),
    );
  });
  it('is invariant under strictly increasing transforms of either input', () => {
    fc.assert(
      fc.property(tiedPair, fc.integer({ min: 0, max: monotone.length - 1 }), ([x, y], t) => {
        const g = monotone[t] as (v: number) => number;
        const a = f(x, y);
        const b = f(x.map(g), y);
        const c = f(x, y.map(g));
        if (Number.isNaN(a)) return Number.isNaN(b) && Number.isNaN(c);
        return Math.abs(a - b) < 1e-12 && Math.abs(a - c) < 1e-12;
      }),
    );
  });
  it('is symmetric in its arguments', () => {
    fc.assert(
      fc.property(tiedPair, ([x, y]) => {
        const a = f(x, y);
        const b = f(y, x);
        return (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) < 1e-12;
      }),
    );
  });
});

describe('O(n log n) Kendall τ-b (Knight 1966)', () => {
  it('equals the naive O(n²) τ-b on random vectors with ties', () => {
    fc.assert(
      fc.property(tiedPair, ([x, y]) => {
        const fast = kendallTauB(x, y);
        const slow = naiveTauB(x, y);
        return (Number.isNaN(fast) && Number.isNaN(slow)) || Math.abs(fast - slow) < 1e-12;
      }),
      { numRuns: 300 },
    );
  });
  it('counts the same discordant and tied pairs as enumeration', () => {
    fc.assert(
      fc.property(tiedPair, ([x, y]) => {
        const c = kendallCounts(x, y);
        expect({ discordant: c.discordant, tiesX: c.tiesX, tiesY: c.tiesY, tiesXY: c.tiesXY }).toEqual(naiveCounts(x, y));
      }),
    );
  });
  it('Kendall distance is in [0, 1], 0 on identical and 1 on reversed strict rankings', () => {
    fc.assert(
      fc.property(tiedPair, ([x, y]) => {
        const d = kendallDistance(x, y);
        return d >= 0 && d <= 1;
      }),
    );
    const x = [1, 2, 3, 4, 5];
    expect(kendallDistance(x, x)).toBe(0);
    expect(kendallDistance(x, [5, 4, 3, 2, 1])).toBe(1);
  });
});

describe('argsort (packed native sort)', () => {
  it('equals a stable comparator sort, ascending and descending, on tied vectors', async () => {
    const { argsortAscending, argsortDescending } = await import('../../src/stats/ranks.js');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })), { maxLength: 200 }),
        (v) => {
          const idx = v.map((_, i) => i);
          const asc = [...idx].sort((a, b) => (v[a] as number) - (v[b] as number) || a - b);
          const desc = [...idx].sort((a, b) => (v[b] as number) - (v[a] as number) || a - b);
          expect(Array.from(argsortAscending(v))).toEqual(asc);
          expect(Array.from(argsortDescending(v))).toEqual(desc);
        },
      ),
      { numRuns: 300 },
    );
  });
});
