/**
 * The Fermi imitation rule: hand-computed probabilities, hand-built three-person worlds, the
 * empirical adoption rate against the formula, and invariants over many seeds (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fermi, reviseStrategies, type ImitationParams, type ImitationState } from '../../src/dynamics/imitation.js';
import { Rng } from '../../src/rng.js';

/** Followee rows in arena form from adjacency lists. */
function rows(lists: number[][]) {
  const start = new Uint32Array(lists.length);
  const len = new Uint32Array(lists.length);
  const nbr: number[] = [];
  lists.forEach((l, u) => {
    start[u] = nbr.length;
    len[u] = l.length;
    nbr.push(...l);
  });
  return { start, len, neighbour: (i: number) => nbr[i]! };
}

const EXACT: ImitationParams = { reviseRate: 1, temperature: 0.1, mutation: 0, leaderboardShare: 0, signalNoise: 0, confusion: 0 };

function state(strategy: number[], payoff: number[], follows: number[][], extra: Partial<ImitationState> = {}): ImitationState {
  const n = strategy.length;
  return {
    base: n,
    strategy: Uint8Array.from(strategy),
    next: new Uint8Array(n),
    adaptive: new Uint8Array(n).fill(1),
    propensity: new Float64Array(n).fill(1),
    payoff: Float64Array.from(payoff),
    observed: Float64Array.from(payoff),
    followees: rows(follows),
    leaderboard: new Uint32Array(0),
    choices: Uint8Array.from([0, 1, 2]),
    ...extra,
  };
}

describe('fermi', () => {
  it('matches hand-computed values', () => {
    expect(fermi(0, 0.1)).toBe(0.5);
    expect(fermi(0.1 * Math.log(3), 0.1)).toBeCloseTo(0.75, 12); // 1 / (1 + 1/3)
    expect(fermi(-0.1 * Math.log(3), 0.1)).toBeCloseTo(0.25, 12);
    expect(fermi(1, 1e-3)).toBe(1);
    expect(fermi(-1, 1e-3)).toBeLessThan(1e-300);
  });
});

describe('reviseStrategies on three people', () => {
  // 0 follows 1 (gaming, paid well); 1 follows 2 (organic, paid nothing); 2 follows nobody.
  it('copies a much better-paid followee, keeps its own against a worse-paid one, and updates synchronously', () => {
    const s = state([0, 1, 0], [0, 1, 0], [[1], [2], []]);
    const changed = reviseStrategies(s, EXACT, new Rng('imitation-hand'));
    expect(Array.from(s.next)).toEqual([1, 1, 0]); // 0 adopts 1's strategy; 1 keeps it (2 did worse); 2 has no peer
    expect(changed).toBe(1);
    expect(Array.from(s.strategy)).toEqual([0, 1, 0]); // the input is not touched
  });

  it('never changes non-adaptive agents, and never picks a peer at or beyond base', () => {
    const s = state([0, 1, 2, 1], [0, 5, 5, 5], [[1], [0], [3], [0]], { adaptive: Uint8Array.from([0, 1, 1, 1]), base: 3 });
    reviseStrategies(s, EXACT, new Rng('imitation-base'));
    expect(s.next[0]).toBe(0); // not adaptive
    expect(s.next[2]).toBe(2); // its only followee (3) is outside the base population
  });

  it('uses the leaderboard as a peer when leaderboardShare = 1', () => {
    const s = state([0, 0, 2], [0, 0, 3], [[1], [0], []], { leaderboard: Uint32Array.from([2]) });
    reviseStrategies(s, { ...EXACT, leaderboardShare: 1 }, new Rng('imitation-lb'));
    expect(Array.from(s.next)).toEqual([2, 2, 2]);
  });
});

describe('reviseStrategies statistics', () => {
  it('adopts at the Fermi rate (binomial 99.9% band over 20 000 trials)', () => {
    const diff = 0.05;
    const K = 0.1;
    const p = fermi(diff, K); // 0.6225
    const rng = new Rng('imitation-rate');
    const trials = 20000;
    let adopted = 0;
    for (let t = 0; t < trials; t++) {
      const s = state([0, 1], [0, diff], [[1], []]);
      adopted += reviseStrategies(s, { ...EXACT, temperature: K }, rng);
    }
    const sd = Math.sqrt((p * (1 - p)) / trials);
    expect(Math.abs(adopted / trials - p)).toBeLessThan(3.3 * sd);
  });

  it('revises at rate reviseRate × propensity', () => {
    const rng = new Rng('imitation-revise');
    const trials = 20000;
    let adopted = 0;
    for (let t = 0; t < trials; t++) {
      const s = state([0, 1], [0, 100], [[1], []], { propensity: Float64Array.from([0.5, 0]) });
      adopted += reviseStrategies(s, { ...EXACT, reviseRate: 0.4 }, rng);
    }
    const p = 0.2;
    expect(Math.abs(adopted / trials - p)).toBeLessThan(3.3 * Math.sqrt((p * (1 - p)) / trials));
  });
});

describe('reviseStrategies invariants (property)', () => {
  it("without mutation or confusion, a new strategy is always a followee's or a leaderboard account's; results are deterministic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, seed, lbShare) => {
          const r = new Rng(`prop-${seed}`);
          const strategy = Array.from({ length: n }, () => r.int(3));
          const payoff = Array.from({ length: n }, () => r.uniform(-1, 1));
          const follows = Array.from({ length: n }, (_, u) => Array.from({ length: r.int(4) }, () => r.int(n)).filter((v) => v !== u));
          const leaderboard = Uint32Array.from([r.int(n)]);
          const p = { ...EXACT, leaderboardShare: lbShare, temperature: 0.05 + r.next() };
          const a = state(strategy, payoff, follows, { leaderboard });
          const b = state(strategy, payoff, follows, { leaderboard });
          reviseStrategies(a, p, new Rng(`run-${seed}`));
          reviseStrategies(b, p, new Rng(`run-${seed}`));
          expect(Array.from(a.next)).toEqual(Array.from(b.next));
          for (let i = 0; i < n; i++) {
            if (a.next[i] === strategy[i]) continue;
            const sources = [...follows[i]!, leaderboard[0]!].map((j) => strategy[j]);
            expect(sources).toContain(a.next[i]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('at a low temperature nobody copies a worse-paid peer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const s = state([0, 1, 2], [1, 0, -1], [[1, 2], [2], [0]]);
        reviseStrategies(s, { ...EXACT, temperature: 1e-4 }, new Rng(`low-${seed}`));
        expect(s.next[0]).toBe(0); // both its followees did worse
        expect(s.next[1]).toBe(1); // its followee did worse
        expect(s.next[2]).toBe(0); // its followee did better
      }),
      { numRuns: 100 },
    );
  });
});
