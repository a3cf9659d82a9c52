/**
 * Work the drift measures share: each vector restricted to real people, sorted once, and what
 * follows from that sort (dense ranks, mid-ranks, the descending order). Without a memo every
 * call computes afresh; {@link driftRows} attaches one {@link DriftMemo} per frame, so the truth
 * is ranked once for every scorer and each score once for every measure. The values are the same
 * either way: the memo only skips recomputing them.
 * References: see src/stats/radix-rank.ts (radix and counting sorts, mid-ranks).
 */
import { gather } from '../stats/ranks.js';
import { type Ranking, descendingOrder, midRanks, rankValues } from '../stats/radix-rank.js';

/** Per-frame store of derived vectors, keyed by the vector object and what was derived. */
export class DriftMemo {
  private readonly byVector = new Map<Float64Array, Map<string, unknown>>();

  /** @param real the real-people indices every input using this memo shares (identity checked). */
  constructor(readonly real: Uint32Array) {}

  /** The value derived as `what` from `vector`, made by `make` the first time. */
  get<T>(vector: Float64Array, what: string, make: () => T): T {
    let m = this.byVector.get(vector);
    if (!m) {
      m = new Map();
      this.byVector.set(vector, m);
    }
    if (m.has(what)) return m.get(what) as T;
    const v = make();
    m.set(what, v);
    return v;
  }
}

/**
 * The part of a drift input (src/drift/types.ts's DriftInput) these helpers read; stated here so
 * that types.ts can import DriftMemo without an import cycle.
 */
export interface DriftInput {
  readonly score: Float64Array;
  readonly reference: Float64Array;
  readonly real: Uint32Array;
  readonly memo?: DriftMemo | undefined;
}

/** Which of an input's two vectors. */
export type Side = 'score' | 'reference';

function memoised<T>(input: DriftInput, side: Side, what: string, make: () => T): T {
  const memo = input.memo;
  if (memo && memo.real === input.real) return memo.get(input[side], what, make);
  return make();
}

/** The vector over real people, in the order of `input.real`. */
export function realValues(input: DriftInput, side: Side): Float64Array {
  return memoised(input, side, 'real', () => gather(input[side], input.real));
}

/** The ranking (order, dense ranks) of the vector over real people. */
export function realRanking(input: DriftInput, side: Side): Ranking {
  return memoised(input, side, 'ranking', () => rankValues(realValues(input, side)));
}

/** Mid-ranks (1-based, ascending) of the vector over real people. */
export function realMidRanks(input: DriftInput, side: Side): Float64Array {
  return memoised(input, side, 'mid-ranks', () => midRanks(realRanking(input, side)));
}

/** Positions in `input.real` by value descending, ties by ascending position. */
export function realDescending(input: DriftInput, side: Side): Uint32Array {
  return memoised(input, side, 'descending', () => descendingOrder(realRanking(input, side)));
}
