/**
 * Small helpers the lessons read their facts with: ranks among real people, top-k lists.
 * Ties are broken by account index, so every fact is deterministic.
 */
import { ModelError } from '../errors.js';
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

/** Format one fact for a class: integers as they are, other numbers to at most 3 significant decimals. */
function factValue(v: number, percent: boolean): string {
  if (percent) return `${Math.round(v * 100)}%`;
  return Number.isInteger(v) ? String(v) : String(round(v, Math.abs(v) >= 10 ? 1 : Math.abs(v) >= 1 ? 2 : 3));
}

/**
 * The facts as plain sentences, in the facts' order: each key's template from `text` with `{}`
 * replaced by the value (`{%}`: a share in [0, 1] as a percentage).
 * @throws ModelError when a fact has no sentence (a lesson must explain every number it shows).
 */
export function factSentences(text: Readonly<Record<string, string>>, facts: Readonly<Record<string, number>>): string[] {
  return Object.entries(facts).map(([key, v]) => {
    const t = Object.hasOwn(text, key) ? text[key] : undefined;
    if (t === undefined) throw new ModelError(`the lesson fact "${key}" has no plain-language sentence (add it to the lesson's factText)`);
    return t.replace('{%}', factValue(v, true)).replace('{}', factValue(v, false));
  });
}
