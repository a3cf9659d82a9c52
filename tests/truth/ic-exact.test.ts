import { describe, expect, it } from 'vitest';
import { ModelError, ParameterError } from '../../src/errors.js';
import { SeedTree } from '../../src/rng.js';
import { exactIcSpread } from '../../src/truth/exact.js';
import { icSpread } from '../../src/truth/ic.js';
import { mcSpread } from '../../src/truth/monte-carlo.js';
import { hasDeepPath, oneHopSpread } from '../../src/truth/spread-common.js';
import { hiddenFromEdges, type ProbEdge } from '../../src/truth/synthetic.js';
import { randomSmallWorld } from './worlds.js';

// Named worlds. Edge [u, v, p]: u follows v, a message from v moves u with probability p.
const A = 0,
  B = 1,
  C = 2,
  D = 3;
const chain = hiddenFromEdges(3, [
  [B, A, 0.5],
  [C, B, 0.4],
]);
// Diamond: A → B → D and A → C → D, plus a direct A → D.
const diamond = hiddenFromEdges(4, [
  [B, A, 0.5],
  [C, A, 0.3],
  [D, B, 0.6],
  [D, C, 0.2],
  [D, A, 0.1],
]);

describe('exact IC spread (hand-computed)', () => {
  it('chain A → B → C: σ(A) = 0.5 + 0.5·0.4, σ(B) = 0.4, σ(C) = 0', () => {
    expect(Array.from(exactIcSpread(chain))).toEqual([expect.closeTo(0.7, 12), expect.closeTo(0.4, 12), 0]);
  });
  it('diamond: σ(A) = 0.5 + 0.3 + P(D reached)', () => {
    // D is missed only when the direct edge is dead and both two-hop paths are dead.
    const pD = 1 - (1 - 0.1) * (1 - 0.5 * 0.6) * (1 - 0.3 * 0.2);
    const ex = exactIcSpread(diamond);
    expect(ex[A]).toBeCloseTo(0.5 + 0.3 + pD, 12);
    expect(ex[B]).toBeCloseTo(0.6, 12);
    expect(ex[D]).toBe(0);
  });
  it('bots are not counted: the same chain with C a bot gives σ(A) = 0.5, σ(B) = 0', () => {
    const h = hiddenFromEdges(
      3,
      [
        [B, A, 0.5],
        [C, B, 0.4],
      ],
      [A, B],
    );
    expect(Array.from(exactIcSpread(h))).toEqual([expect.closeTo(0.5, 12), 0, 0]);
  });
  it('one-hop part and deep-path flags (hand-computed)', () => {
    expect(Array.from(oneHopSpread(diamond))).toEqual([expect.closeTo(0.9, 12), 0.6, 0.2, 0]);
    expect(Array.from(hasDeepPath(diamond))).toEqual([1, 0, 0, 0]);
  });
  it('refuses more than 20 uncertain edges', () => {
    const edges: ProbEdge[] = [];
    for (let i = 1; i < 23; i++) edges.push([i, 0, 0.5]);
    expect(() => exactIcSpread(hiddenFromEdges(23, edges))).toThrow(ParameterError);
  });
});

describe('RIS estimate against exact enumeration', () => {
  it('agents without a deeper path are exact with stderr 0 (chain)', () => {
    const est = icSpread(chain, new SeedTree(1).stream('truth'), { samples: 2000 });
    expect(est.estimate[B]).toBe(0.4);
    expect(est.stderr[B]).toBe(0);
    expect(est.estimate[C]).toBe(0);
    expect(Math.abs(est.estimate[A]! - 0.7)).toBeLessThan(4 * est.stderr[A]!);
  });

  it('the stated 95% interval covers the exact value in ≥ 95% of cases over 100 random worlds', () => {
    let cases = 0;
    let covered = 0;
    let exactCases = 0;
    for (let seed = 0; seed < 100; seed++) {
      const h = randomSmallWorld(new SeedTree(seed).stream('world'), 16);
      const exact = exactIcSpread(h);
      const est = icSpread(h, new SeedTree(seed).stream('truth'), { samples: 4000 });
      for (let v = 0; v < h.n; v++) {
        if (est.stderr[v] === 0) {
          // No sampled part: the value must be exact.
          expect(est.estimate[v]).toBeCloseTo(exact[v]!, 10);
          exactCases++;
          continue;
        }
        cases++;
        if (Math.abs(est.estimate[v]! - exact[v]!) <= 1.96 * est.stderr[v]!) covered++;
      }
    }
    expect(cases).toBeGreaterThan(300);
    expect(exactCases).toBeGreaterThan(20);
    const coverage = covered / cases;
    console.log(`RIS coverage ${covered}/${cases} = ${coverage.toFixed(4)}`);
    expect(coverage).toBeGreaterThanOrEqual(0.95);
    // Stratified roots make the binomial stderr an upper bound; it must not be absurdly loose.
    expect(coverage).toBeLessThan(0.9995);
  }, 60_000);

  it('an edge with a vanishing probability (1e-20) is not live (regression: log(1 - p) rounds to 0)', () => {
    // B follows A with p = 1e-20; C follows B and D follows C with p = 0.5: σ(A) ≈ 1.5e-20.
    const h = hiddenFromEdges(4, [
      [B, A, 1e-20],
      [C, B, 0.5],
      [D, C, 0.5],
      [D, A, 0.01],
    ]);
    const est = icSpread(h, new SeedTree(3).stream('truth'), { samples: 20_000 });
    expect(est.estimate[A]).toBeCloseTo(0.01, 12);
  });

  it('a world with no real person is a ModelError', () => {
    const h = hiddenFromEdges(2, [[1, 0, 0.5]], []);
    expect(() => icSpread(h, new SeedTree(1).stream('truth'))).toThrow(ModelError);
  });

  it('precision outside [0.001, 1] is a ParameterError', () => {
    expect(() => icSpread(chain, new SeedTree(1).stream('truth'), { precision: 0 })).toThrow(ParameterError);
    expect(() => icSpread(chain, new SeedTree(1).stream('truth'), { precision: 2 })).toThrow(ParameterError);
  });
});

describe('Monte Carlo against exact enumeration', () => {
  it('the stated 95% interval covers the exact value in ≥ 93% of cases (nominal 95%) over 60 worlds', () => {
    let cases = 0;
    let covered = 0;
    for (let seed = 0; seed < 60; seed++) {
      const h = randomSmallWorld(new SeedTree(seed).stream('world'), 16);
      const exact = exactIcSpread(h);
      const est = mcSpread(h, new SeedTree(seed).stream('mc'), { cascades: 2000 });
      for (let v = 0; v < h.n; v++) {
        if (est.stderr[v] === 0) continue;
        cases++;
        if (Math.abs(est.estimate[v]! - exact[v]!) <= 1.96 * est.stderr[v]!) covered++;
      }
    }
    expect(cases).toBeGreaterThan(100);
    console.log(`MC coverage ${covered}/${cases} = ${(covered / cases).toFixed(4)}`);
    expect(covered / cases).toBeGreaterThanOrEqual(0.93);
  }, 60_000);
});
