/**
 * Independent Cascade true influence (the default truth model), estimated for every agent at once
 * by reverse-influence sampling (ris.ts).
 *
 * RR set of root r: a reverse search over `graph.following` (row w = accounts w follows, i.e. the
 * accounts whose messages can move w); each edge is live with its hidden move probability, flipped
 * lazily. Rows are pre-sorted by probability and crossed by envelope skipping (see makeIcSampler),
 * so a row of many weak ties costs a few draws, not one per edge.
 * References: Kempe, Kleinberg & Tardos (2003); Borgs et al. (2014); Tang et al. (2014, 2015).
 */
import type { HiddenLayer } from '../model/hidden.js';
import type { Rng } from '../rng.js';
import { runRis, type RisOptions } from './ris.js';
import type { RrSampler } from './rr-sampler.js';
import { followerProbs, hasDeepPath, oneHopSpread, SKIP_THRESHOLD } from './spread-common.js';
import type { TruthEstimate, TruthModel } from './truth-model.js';
import * as pm from '../portable-math.js';

/** Units of IC (and LT) spread. */
export const SPREAD_UNITS = 'expected real people moved by one message (the agent itself excluded)';

/**
 * The `following` rows with zero-probability edges dropped and the rest sorted by move
 * probability, descending, for envelope skipping. One record of three numbers per edge, adjacent
 * in memory (one cache line instead of three): `rec[3e] = p`, `rec[3e + 1] = log(1 − p)`,
 * `rec[3e + 2] = target`. `empty[u]` = probability that the first envelope of row u is empty,
 * (1 − p_max)^deg, for rows crossed by skipping (p_max < SKIP_THRESHOLD); −1 for the others.
 * Arrays are on SharedArrayBuffers so RIS worker threads read them without a copy (ris-chunks.ts).
 */
export interface SortedRows {
  readonly offsets: Uint32Array;
  readonly rec: Float64Array;
  readonly empty: Float64Array;
}

/** Rows of at most this many live edges are sorted by insertion in {@link sortedFollowingRows}. */
const SMALL_ROW = 32;

/** Build {@link SortedRows} from the hidden layer (O(m log deg)). */
export function sortedFollowingRows(hidden: HiddenLayer): SortedRows {
  const n = hidden.n;
  const { offsets, targets } = hidden.graph.following;
  const prob = hidden.moveProb;
  let m = 0;
  for (let e = 0; e < prob.length; e++) if (prob[e]! > 0) m++;
  const so = new Uint32Array(new SharedArrayBuffer(4 * (n + 1)));
  const rec = new Float64Array(new SharedArrayBuffer(24 * m));
  const empty = new Float64Array(new SharedArrayBuffer(8 * n));
  let idx = new Uint32Array(64);
  let w = 0;
  for (let u = 0; u < n; u++) {
    so[u] = w;
    let k = 0;
    const end = offsets[u + 1]!;
    if (end - offsets[u]! > idx.length) idx = new Uint32Array(end - offsets[u]!);
    for (let e = offsets[u]!; e < end; e++) if (prob[e]! > 0) idx[k++] = e;
    const row = idx.subarray(0, k);
    if (k <= SMALL_ROW) {
      // Insertion sort by probability, descending; the edges come in ascending order, so equal
      // probabilities keep it (the same order as the comparator below).
      for (let i = 1; i < k; i++) {
        const x = row[i]!;
        const px = prob[x]!;
        let j = i;
        while (j > 0 && prob[row[j - 1]!]! < px) {
          row[j] = row[j - 1]!;
          j--;
        }
        row[j] = x;
      }
    } else row.sort((x, y) => prob[y]! - prob[x]! || x - y);
    empty[u] = k > 0 && prob[row[0]!]! < SKIP_THRESHOLD ? pm.exp(k * pm.log1p(-prob[row[0]!]!)) : -1;
    for (let i = 0; i < k; i++) {
      const e = row[i]!;
      rec[3 * w] = prob[e]!;
      // log1p keeps tiny probabilities (down to 1e-300) from rounding to log(1) = 0.
      rec[3 * w + 1] = pm.log1p(-Math.min(prob[e]!, 1 - 1e-16));
      rec[3 * w + 2] = targets[e]!;
      w++;
    }
  }
  so[n] = w;
  return { offsets: so, rec, empty };
}

/**
 * A sampler of IC RR sets: each call draws one RR set rooted at `root` and increments `deep[x]`
 * for every member x other than the root and (unless `countDirect`) the root's live direct
 * neighbours. Allocation-free per call (visited stamps and a stack of size n are reused).
 *
 * Envelope skipping on rows sorted by p descending: from position e the next candidate is drawn
 * geometrically at rate λ = p[e] (≥ every later p) and kept with probability p/λ; λ is lowered to
 * the candidate's own p after each candidate. Every edge is then live independently with exactly
 * its probability (adaptive thinning), at O(1 + Σp + log deg) expected draws per row. The first
 * geometric jump of a row overshoots the row exactly when 1 − U ≤ empty[row]; that test is made
 * before taking the logarithm (same draw, same outcome, no log for the rows that stay empty).
 */
export function makeIcSampler(
  hidden: HiddenLayer,
  rng: Rng,
  deep: Uint32Array,
  countDirect = false,
  rows: SortedRows = sortedFollowingRows(hidden),
): RrSampler {
  const n = hidden.n;
  const { offsets, rec, empty } = rows;
  const stamp = new Uint32Array(n);
  const stack = new Uint32Array(n);
  const next = rng.next;
  let cur = 0;

  return (root: number) => {
    if (++cur === 0xffffffff) {
      stamp.fill(0);
      cur = 1;
    }
    const c = cur;
    stamp[root] = c;
    let sp = 0;
    let w = root;
    let count = countDirect;
    for (;;) {
      const end = offsets[w + 1]!;
      let e = offsets[w]!;
      let u = -1;
      if (e < end && empty[w]! >= 0) {
        u = next();
        if (1 - u <= empty[w]!) e = end;
      }
      while (e < end) {
        const lam = rec[3 * e]!;
        if (lam >= SKIP_THRESHOLD) {
          // High probability: one coin for this edge.
          if (next() < lam) {
            const x = rec[3 * e + 2]! | 0;
            if (stamp[x] !== c) {
              stamp[x] = c;
              stack[sp++] = x;
              if (count) deep[x]!++;
            }
          }
          e++;
          continue;
        }
        const skip = pm.log(1 - (u >= 0 ? u : next())) / rec[3 * e + 1]!;
        u = -1;
        if (skip >= end - e) break;
        e += skip | 0;
        if (next() * lam < rec[3 * e]!) {
          const x = rec[3 * e + 2]! | 0;
          if (stamp[x] !== c) {
            stamp[x] = c;
            stack[sp++] = x;
            if (count) deep[x]!++;
          }
        }
        e++;
      }
      if (sp === 0) return;
      w = stack[--sp]!;
      count = true;
    }
  };
}

/** IC spread of every agent by RIS (see ris.ts for the estimator and its standard error). */
export function icSpread(hidden: HiddenLayer, rng: Rng, opts: RisOptions = {}): TruthEstimate {
  const pF = followerProbs(hidden);
  const rows = sortedFollowingRows(hidden);
  return runRis(
    hidden,
    rng,
    {
      id: 'ic',
      units: SPREAD_UNITS,
      oneHop: oneHopSpread(hidden, pF),
      hasDeep: hasDeepPath(hidden, pF),
      makeSampler: (r, deep, countDirect) => makeIcSampler(hidden, r, deep, countDirect, rows),
      shared: { kind: 'ic', n: hidden.n, ...rows },
    },
    opts,
  );
}

/** The default truth model: Independent Cascade spread over real people, by RIS. */
export const icModel: TruthModel = {
  id: 'ic',
  description: 'Independent Cascade: expected real people moved by one message, directly or through reshares (reverse-influence sampling)',
  source: 'Kempe, Kleinberg & Tardos 2003; Borgs et al. 2014; Tang et al. 2014/2015',
  estimate: (hidden, rng, opts) => icSpread(hidden, rng, opts),
};
