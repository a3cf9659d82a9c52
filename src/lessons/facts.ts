/**
 * Small helpers the lessons read their facts with: ranks among real people, top-k lists.
 * Ties are broken by account index, so every fact is deterministic.
 */
import type { HiddenLayer } from '../model/hidden.js';

/** Accounts sorted by value, highest first (ties: lower index first), keeping only those `keep` accepts. */
export function ranked(values: ArrayLike<number>, keep: (i: number) => boolean = () => true): number[] {
  const ids: number[] = [];
  for (let i = 0; i < values.length; i++) if (keep(i)) ids.push(i);
  return ids.sort((a, b) => values[b]! - values[a]! || a - b);
}

/** 1-based rank of each real person by `values` among real people (1 = highest); 0 for bots and sybils. */
export function rankAmongReal(values: ArrayLike<number>, hidden: Pick<HiddenLayer, 'real'>): Uint32Array {
  const rank = new Uint32Array(values.length);
  ranked(values, (i) => hidden.real[i] === 1).forEach((agent, k) => {
    rank[agent] = k + 1;
  });
  return rank;
}

/** Number of real people in the hidden layer. */
export function realCount(hidden: Pick<HiddenLayer, 'real'>): number {
  let r = 0;
  for (const v of hidden.real) r += v;
  return r;
}

/** Round to `digits` decimals (for summaries and facts shown to a class). */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
