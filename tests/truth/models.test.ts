import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/errors.js';
import { SeedTree } from '../../src/rng.js';
import { exactIcSpread, exactLtSpread } from '../../src/truth/exact.js';
import { fjPower } from '../../src/truth/friedkin-johnsen.js';
import { ltSpread, ltWeights } from '../../src/truth/linear-threshold.js';
import { MAX_REMOVAL_AGENTS, removalImpact } from '../../src/truth/removal.js';
import { hiddenFromEdges, syntheticHidden, type ProbEdge } from '../../src/truth/synthetic.js';
import type { HiddenLayer } from '../../src/model/hidden.js';

/** Reference values from networkx / numpy (scripts/truth-fixtures.py). */
interface FixtureWorld {
  seed: number;
  n: number;
  real: number[];
  edges: ProbEdge[];
  ic: number[];
  lt: number[];
  fj: number[];
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/truth/small-worlds.json', import.meta.url), 'utf8')) as {
  worlds: FixtureWorld[];
};
const worlds = fixture.worlds.map((w) => ({ ...w, hidden: hiddenFromEdges(w.n, w.edges, w.real) }));

describe('reference values (networkx / numpy fixtures)', () => {
  it.each(worlds)('world $seed: exact IC enumeration matches networkx', (w) => {
    const ex = exactIcSpread(w.hidden);
    for (const [v, x] of w.ic.entries()) expect(ex[v]).toBeCloseTo(x, 10);
  });
  it.each(worlds)('world $seed: exact LT enumeration matches networkx', (w) => {
    const ex = exactLtSpread(w.hidden, ltWeights(w.hidden));
    for (const [v, x] of w.lt.entries()) expect(ex[v]).toBeCloseTo(x, 10);
  });
  it.each(worlds)('world $seed: FJ social power matches numpy.linalg.solve', (w) => {
    const fj = fjPower(w.hidden, null, { precision: 0.001 });
    expect(fj.converged).toBe(true);
    for (const [v, x] of w.fj.entries()) expect(fj.estimate[v]).toBeCloseTo(x, 6);
    expect(fj.stderr.every((s) => s === 0)).toBe(true);
  });
});

describe('Linear Threshold by RIS', () => {
  it('covers the exact value with its 95% interval in ≥ 95% of cases over the fixture worlds and 10 seeds each', () => {
    let cases = 0;
    let covered = 0;
    for (const w of worlds) {
      for (let seed = 0; seed < 10; seed++) {
        const est = ltSpread(w.hidden, new SeedTree(seed).stream(`lt/${w.seed}`), { samples: 4000 });
        for (let v = 0; v < w.n; v++) {
          if (est.stderr[v] === 0) {
            expect(est.estimate[v]).toBeCloseTo(w.lt[v]!, 10);
            continue;
          }
          cases++;
          if (Math.abs(est.estimate[v]! - w.lt[v]!) <= 1.96 * est.stderr[v]!) covered++;
        }
      }
    }
    expect(cases).toBeGreaterThan(150);
    expect(covered / cases).toBeGreaterThanOrEqual(0.95);
  });
  it('weights: a row summing past 1 is scaled to sum 1 (hand example)', () => {
    const h = hiddenFromEdges(3, [
      [0, 1, 0.8],
      [0, 2, 0.4],
      [1, 2, 0.3],
    ]);
    expect(Array.from(ltWeights(h))).toEqual([expect.closeTo(0.8 / 1.2, 12), expect.closeTo(0.4 / 1.2, 12), 0.3]);
  });
});

describe('Friedkin–Johnsen', () => {
  it('hand example: B follows A with p = 1; A is never moved', () => {
    // P_B = 1, so W_BA = W_BB = 1/2 and λ_B = 1/2; A follows nobody (λ_A = 0, x*_A = x_A(0)).
    // x*_B = λ_B (W_BA x*_A + W_BB x*_B) + (1 − λ_B) x_B(0) = x_A/4 + x*_B/4 + x_B(0)/2
    // ⇒ x*_B = x_A(0)/3 + 2 x_B(0)/3, so V = [[1, 0], [1/3, 2/3]] and the column shares are
    // A: (1 + 1/3)/2, B: (2/3)/2.
    const h = hiddenFromEdges(2, [[1, 0, 1]]);
    const fj = fjPower(h, null, { precision: 0.001 });
    expect(fj.estimate[0]).toBeCloseTo((1 + 1 / 3) / 2, 5);
    expect(fj.estimate[1]).toBeCloseTo(2 / 3 / 2, 5);
  });
  it('shares sum to 1 and bots nobody listens to get 0 (synthetic world)', () => {
    const h = syntheticHidden(3000, new SeedTree(3).stream('world'));
    const fj = fjPower(h, null);
    let s = 0;
    for (let v = 0; v < h.n; v++) {
      s += fj.estimate[v]!;
      if (h.real[v] === 0) expect(fj.estimate[v]).toBe(0);
    }
    expect(s).toBeCloseTo(1, 3);
  });
});

describe('counterfactual removal', () => {
  /** Exact Δ(v) = T(G) − T(G − v) by enumeration (T = Σ_s σ(s)). */
  function exactRemoval(h: HiddenLayer, edges: ProbEdge[], real: number[]): number[] {
    const total = (x: ArrayLike<number>) => Array.from(x).reduce((a, b) => a + b, 0);
    const t = total(exactIcSpread(h));
    return Array.from({ length: h.n }, (_, v) => {
      const without = hiddenFromEdges(
        h.n,
        edges.filter(([a, b]) => a !== v && b !== v),
        real.filter((r) => r !== v),
      );
      return t - total(exactIcSpread(without));
    });
  }
  it('hand example: chain A → B → C (p = 1/2 each)', () => {
    // T = σ(A) + σ(B) = 0.75 + 0.5. Without A: 0.5; without B: 0; without C: 0.5.
    const edges: ProbEdge[] = [
      [1, 0, 0.5],
      [2, 1, 0.5],
    ];
    const ex = exactRemoval(hiddenFromEdges(3, edges), edges, [0, 1, 2]);
    expect(ex).toEqual([expect.closeTo(0.75, 12), expect.closeTo(1.25, 12), expect.closeTo(0.75, 12)]);
  });
  it('covers the exact value with its 95% interval in ≥ 93% of cases over the fixture worlds (nominal 95%)', () => {
    let cases = 0;
    let covered = 0;
    for (const w of worlds) {
      const ex = exactRemoval(w.hidden, w.edges, w.real);
      for (let seed = 0; seed < 4; seed++) {
        const est = removalImpact(w.hidden, new SeedTree(seed).stream(`rm/${w.seed}`), { worlds: 3000 });
        for (let v = 0; v < w.n; v++) {
          if (est.stderr[v] === 0) {
            expect(est.estimate[v]).toBeCloseTo(ex[v]!, 10);
            continue;
          }
          cases++;
          if (Math.abs(est.estimate[v]! - ex[v]!) <= 1.96 * est.stderr[v]!) covered++;
        }
      }
    }
    expect(cases).toBeGreaterThan(100);
    expect(covered / cases).toBeGreaterThanOrEqual(0.93);
  }, 60_000);
  it(`refuses worlds above ${MAX_REMOVAL_AGENTS} agents`, () => {
    const h = hiddenFromEdges(MAX_REMOVAL_AGENTS + 1, [[1, 0, 0.5]]);
    expect(() => removalImpact(h, new SeedTree(1).stream('rm'))).toThrow(ParameterError);
  });
});
