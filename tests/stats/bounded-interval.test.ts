/**
 * Intervals over seeds of bounded measures (src/stats/bounded-interval.ts, src/drift/summary.ts).
 * Hand values computed from the closed forms with scipy.stats (norm.ppf, t.ppf) in Python:
 * Wilson (1927) centre (p + z²/2n)/(1 + z²/n), half-width z/(1 + z²/n)·√(p(1−p)/n + z²/4n²).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseOverSeeds } from '../../src/drift/summary.js';
import { MEASURES } from '../../src/drift/registry.js';
import { SeedTree } from '../../src/rng.js';
import { bootstrapMeanInterval, fisherZOverSeeds, wilsonInterval, wilsonOverSeeds } from '../../src/stats/bounded-interval.js';

const Z95 = 1.959963984540054;
const rng = () => new SeedTree(7).stream('test-bootstrap');

describe('wilsonInterval', () => {
  it('matches hand-computed values', () => {
    const [lo, hi] = wilsonInterval(47, 50, Z95);
    expect(lo).toBeCloseTo(0.8378290831116182, 12);
    expect(hi).toBeCloseTo(0.979385029651026, 12);
    const [lo0, hi0] = wilsonInterval(0, 10, Z95);
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(0.2775327998628892, 12);
    const [lo1, hi1] = wilsonInterval(10, 10, Z95);
    expect(lo1).toBeCloseTo(0.7224672001371107, 12);
    expect(hi1).toBeCloseTo(1, 12);
  });
  it('is NaN without trials', () => {
    expect(wilsonInterval(0, 0, Z95).every(Number.isNaN)).toBe(true);
  });
});

describe('wilsonOverSeeds', () => {
  it("keeps the audit's precision@10 example in [0, 1] (the t-interval gave [0.872, 1.008])", () => {
    // Five seeds, mean 0.94, s = 0.0548: effective trials p(1−p)n/s² = 94 > 5·10 = 50, so 50 trials
    // and z = t(0.975, 4) = 2.7764451051977987.
    const m = wilsonOverSeeds([0.9, 1, 0.9, 1, 0.9], 10);
    expect(m.n).toBe(5);
    expect(m.mean).toBeCloseTo(0.94, 12);
    expect(m.lo).toBeCloseTo(0.7764002788099267, 10);
    expect(m.hi).toBeCloseTo(0.9860504450497223, 10);
  });
  it('gives a binomial interval when every seed agrees (30 slots, t(0.975, 2))', () => {
    const m = wilsonOverSeeds([0.8, 0.8, 0.8], 10);
    expect(m.lo).toBeCloseTo(0.41318872562555903, 10);
    expect(m.hi).toBeCloseTo(0.957847215167174, 10);
  });
  it('widens when seeds disagree more than binomial draws (effective sample size)', () => {
    const spread = wilsonOverSeeds([0, 1, 0, 1], 10);
    const even = wilsonOverSeeds([0.5, 0.5, 0.5, 0.5], 10);
    expect(spread.hi - spread.lo).toBeGreaterThan(even.hi - even.lo);
  });
  it('collapses to the value with one seed and is NaN with none', () => {
    expect(wilsonOverSeeds([0.3], 10)).toMatchObject({ n: 1, mean: 0.3, lo: 0.3, hi: 0.3 });
    expect(wilsonOverSeeds([NaN], 10).n).toBe(0);
  });
});

describe('fisherZOverSeeds', () => {
  it('is tanh of the t-interval of atanh ρ', () => {
    const m = fisherZOverSeeds([0.5, 0.6, 0.7], rng);
    expect(m.mean).toBeCloseTo(0.6, 12);
    expect(m.lo).toBeCloseTo(0.29832746316751574, 10);
    expect(m.hi).toBeCloseTo(0.8000747298103508, 10);
  });
  it('falls back to the bootstrap when a value is exactly 1', () => {
    const m = fisherZOverSeeds([1, 0.9, 0.95], rng);
    expect(m.lo).toBeGreaterThanOrEqual(0.9);
    expect(m.hi).toBeLessThanOrEqual(1);
  });
});

describe('bootstrapMeanInterval', () => {
  it('lies within the values and is reproducible from its stream', () => {
    const v = [0.2, 0.9, 0.5, 0.7];
    const a = bootstrapMeanInterval(v, rng());
    expect(a.lo).toBeGreaterThanOrEqual(0.2);
    expect(a.hi).toBeLessThanOrEqual(0.9);
    expect(a.lo).toBeLessThan(a.mean);
    expect(a.hi).toBeGreaterThan(a.mean);
    expect(bootstrapMeanInterval(v, rng())).toEqual(a);
  });
});

describe('summariseOverSeeds', () => {
  const cell = (measure: string, values: readonly number[]) =>
    values.map((value, i) => ({ scenario: 's', seed: 10 + i, tick: 0, scorer: 'a', measure, value }));

  it('every interval lies in its measure range (property, every registered measure)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEASURES),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 20 }),
        (m, u, k) => {
          const [a, b] = m.range;
          // Values at the bounds are likely: round some onto them.
          const values = u.map((x) => (x < 0.15 ? a : x > 0.85 ? b : a + (b - a) * x));
          const [s] = summariseOverSeeds(cell(m.id, values), { k });
          return s!.lo >= a && s!.hi <= b && s!.lo <= s!.hi && s!.n === values.length;
        },
      ),
      { numRuns: 300 },
    );
  });
  it('uses Wilson for precision@k with the run k, and gives the same interval in any row order', () => {
    const rows = cell('precision-at-k', [0.9, 1, 0.9, 1, 0.9]);
    const [s] = summariseOverSeeds(rows, { k: 10 });
    expect(s!.lo).toBeCloseTo(0.7764002788099267, 10);
    const boot = cell('rbo', [0.2, 0.9, 0.5, 0.7]);
    expect(summariseOverSeeds([...boot].reverse())).toEqual(summariseOverSeeds(boot));
  });
  it('keeps the Student-t interval for measures outside the registry', () => {
    const [s] = summariseOverSeeds(cell('claim:x', [0.5, 0.6, 0.7]));
    // t(0.975, 2) = 4.302652729911275, s = 0.1.
    expect(s!.hi).toBeCloseTo(0.6 + (4.302652729911275 * 0.1) / Math.sqrt(3), 9);
  });
});

describe('docs/measures.md', () => {
  it("names each measure's interval method in its table", () => {
    const doc = readFileSync(new URL('../../docs/measures.md', import.meta.url), 'utf8');
    for (const m of MEASURES) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${m.id}\` |`));
      expect(row?.split(' | ')[4], m.id).toBe(m.interval);
    }
  });
});
