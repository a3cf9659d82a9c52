/**
 * The radix ranking, counting sort and top-k selection against the simple implementations they
 * replace (comparator sorts), on the small path and on the radix path (n ≥ 4,096), with heavy
 * ties, negative numbers, ±0 and infinities; and driftRows' shared memo against measures computed
 * one at a time without it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDriftInput } from '../../src/drift/input.js';
import { MEASURES } from '../../src/drift/registry.js';
import { driftRows } from '../../src/drift/tidy.js';
import { Role } from '../../src/model/roles.js';
import { countingSortBy, descendingOrder, midRanks, radixArgsort, rankValues } from '../../src/stats/radix-rank.js';
import { kthLargest } from '../../src/stats/top-k.js';

/** Stable ascending order by comparison (the definition). */
function simpleAscending(v: ArrayLike<number>): number[] {
  const idx = Array.from({ length: v.length }, (_, i) => i);
  return idx.sort((a, b) => ((v[a] as number) < (v[b] as number) ? -1 : (v[a] as number) > (v[b] as number) ? 1 : a - b));
}

/** Mid-ranks by counting, for each value, how many are smaller and how many equal. O(n log n) via the simple order. */
function simpleMidRanks(v: ArrayLike<number>): number[] {
  const order = simpleAscending(v);
  const out = new Array<number>(v.length);
  let i = 0;
  while (i < order.length) {
    let j = i + 1;
    while (j < order.length && v[order[j]!] === v[order[i]!]) j++;
    for (let t = i; t < j; t++) out[order[t]!] = (i + 1 + j) / 2;
    i = j;
  }
  return out;
}

const special = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MIN_VALUE,
  -Number.MAX_VALUE,
  2 ** 52 + 1,
);
const value = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.double({ noNaN: true }),
  special,
  fc.integer({ min: 0, max: 3000 }).map((k) => k / 100),
);
/** Values that differ only in the low key bits, or only in sign (±0), always in a long vector's pool. */
const NEAR = [0, -0, -1, -1 - 2 ** -52, -1 - 2 ** -51, 1 + 2 ** -52, 1, -3.5, -3.5 - 2 ** -50];
/** Long vectors (radix path) built from a small random pool plus NEAR, so values repeat. */
const longVector = fc
  .tuple(fc.array(value, { minLength: 1, maxLength: 40 }), fc.integer({ min: 4096, max: 6000 }), fc.integer({ min: 1, max: 2 ** 30 }))
  .map(([pool, n, salt]) => {
    const out = new Float64Array(n);
    pool.push(...NEAR);
    let h = salt;
    for (let i = 0; i < n; i++) {
      h = (Math.imul(h, 1103515245) + 12345) >>> 0;
      out[i] = pool[h % pool.length] as number;
    }
    return out;
  });
const shortVector = fc.array(value, { maxLength: 120 }).map((a) => Float64Array.from(a));

describe('radixArgsort and rankValues', () => {
  for (const [name, arb, runs] of [
    ['short (comparator path)', shortVector, 200],
    ['long (radix path)', longVector, 12],
  ] as const) {
    it(`equal a stable comparator sort and its mid-ranks: ${name}`, () => {
      fc.assert(
        fc.property(arb, (v) => {
          const asc = simpleAscending(v);
          expect(Array.from(radixArgsort(v))).toEqual(asc);
          const r = rankValues(v);
          expect(Array.from(r.order)).toEqual(asc);
          expect(Array.from(midRanks(r))).toEqual(simpleMidRanks(v));
          const desc = Array.from({ length: v.length }, (_, i) => i).sort((a, b) => (v[a]! > v[b]! ? -1 : v[a]! < v[b]! ? 1 : a - b));
          expect(Array.from(descendingOrder(r))).toEqual(desc);
          // Dense ranks order as the values do, and count the distinct values.
          expect(r.count).toBe(new Set(Array.from(v, (x) => x + 0)).size);
          let steps = 0;
          for (let p = 1; p < v.length; p++) {
            const a = asc[p - 1]!;
            const b = asc[p]!;
            if (r.dense[b]! - r.dense[a]! === (v[a] === v[b] ? 0 : 1)) steps++;
          }
          expect(steps).toBe(Math.max(v.length - 1, 0));
        }),
        { numRuns: runs, endOnFailure: true },
      );
    });
  }

  it('counting sort by a key is stable: (key, input order)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 200 }), (keys) => {
        const key = Uint32Array.from(keys);
        const items = Uint32Array.from(keys.map((_, i) => keys.length - 1 - i)); // reversed input order
        const got = Array.from(countingSortBy(items, key, 10));
        const want = Array.from(items).sort((a, b) => key[a]! - key[b]! || Array.from(items).indexOf(a) - Array.from(items).indexOf(b));
        expect(got).toEqual(want);
      }),
    );
  });
});

describe('kthLargest', () => {
  it('equals the k-th entry of a descending sort, for buffered and sorted k', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 300 }), (v, k0) => {
        const k = Math.min(k0, v.length);
        const sorted = [...v].sort((a, b) => b - a || 0);
        expect(kthLargest(v, k) === sorted[k - 1]).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('driftRows with the shared memo', () => {
  it('gives every measure the same bits as computing it alone, on a 5,000-account frame with ties', () => {
    const n = 5000;
    let h = 7;
    const next = (): number => {
      h = (Math.imul(h, 1103515245) + 12345) >>> 0;
      return h / 2 ** 32;
    };
    const role = Uint8Array.from({ length: n }, (_, i) => (i % 13 === 0 ? Role.gamer : i % 17 === 0 ? Role.bot : Role.honest));
    const truth = Float64Array.from({ length: n }, () => Math.round(Math.exp(2 * next()) * 20) / 20);
    const a = Float64Array.from(truth, (t) => Math.round(t * 3 + 10 * next()));
    const b = Float64Array.from(truth, (t) => -t + next() / 4);
    const c = Float64Array.from(a, (x) => x + (next() < 0.1 ? 1 : 0));
    const replicate = Float64Array.from(truth, (t) => t + (next() < 0.5 ? 0.05 : 0));
    const scores = new Map([
      ['a', a],
      ['b', b],
      ['c', c],
    ]);
    const rows = driftRows({
      scenario: 's',
      seed: 1,
      tick: 0,
      role,
      truth,
      scores,
      truthReplicate: replicate,
      versions: [{ from: 'a', to: 'c' }],
    });
    const alone = (score: Float64Array, ref: Float64Array, id: string): number =>
      MEASURES.find((m) => m.id === id)!.compute(makeDriftInput(score, ref, role));
    let checked = 0;
    for (const r of rows) {
      const [score, ref] =
        r.scorer === 'a->c' ? [c, a] : r.scorer === 'truth-noise-ceiling' ? [replicate, truth] : [scores.get(r.scorer)!, truth];
      expect(Object.is(r.value, alone(score, ref, r.measure)), `${r.scorer} ${r.measure}`).toBe(true);
      checked++;
    }
    expect(checked).toBe(4 * 10 + 2);
  });
});
