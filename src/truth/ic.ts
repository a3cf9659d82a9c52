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
import { type SortedRows, sortedFollowingRows } from './ic-rows.js';
import type { TruthEstimate, TruthModel } from './truth-model.js';
import * as pm from '../portable-math.js';

export { type SortedRows, sortedFollowingRows } from './ic-rows.js';

/** Units of IC (and LT) spread. */
export const SPREAD_UNITS = 'expected real people moved by one message (the agent itself excluded)';

/**
 * A sampler of IC RR sets: each call draws one RR set rooted at `root` and increments `deep[x]`
 * for every member x other than the root and (unless `countDirect`) the root's live direct
 * neighbours, in a count array of its own that `flush()` adds to `deep` (the RIS chunks flush after
 * each round). Allocation-free per call (visited stamps and a stack of size n are reused). Works
 * on the relabelled rows of ic-rows.ts: the same draws in the same order as on the original
 * numbering, so the counts are the same to the bit.
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
  const { head, starts, rec, label, order } = rows;
  // Per label: [visited stamp, count] side by side (one cache line for the test and the count);
  // the counts go to `deep` (by agent) on flush.
  const sc = new Uint32Array(2 * n);
  const stack = new Uint32Array(n);
  const next = rng.next;
  let cur = 0;

  const sample = (root: number) => {
    if (++cur === 0xffffffff) {
      for (let i = 0; i < n; i++) sc[2 * i] = 0;
      cur = 1;
    }
    const c = cur;
    let w = label[root]!;
    sc[2 * w] = c;
    let sp = 0;
    let count = countDirect;
    for (;;) {
      const end = starts[4 * w + 6]!;
      let e = starts[4 * w + 2]!;
      let u = -1;
      if (e < end) {
        const emp = head[2 * w]!;
        if (emp >= 0) {
          u = next();
          if (1 - u <= emp) e = end;
        }
      }
      while (e < end) {
        const lam = rec[3 * e]!;
        if (lam >= SKIP_THRESHOLD) {
          // High probability: one coin for this edge.
          if (next() < lam) {
            const x = rec[3 * e + 2]! | 0;
            if (sc[2 * x] !== c) {
              sc[2 * x] = c;
              stack[sp++] = x;
              if (count) sc[2 * x + 1]!++;
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
          if (sc[2 * x] !== c) {
            sc[2 * x] = c;
            stack[sp++] = x;
            if (count) sc[2 * x + 1]!++;
          }
        }
        e++;
      }
      if (sp === 0) return;
      w = stack[--sp]!;
      count = true;
    }
  };
  return Object.assign(sample, {
    flush: () => {
      for (let i = 0; i < n; i++) {
        const k = sc[2 * i + 1]!;
        if (k !== 0) {
          deep[order[i]!]! += k;
          sc[2 * i + 1] = 0;
        }
      }
    },
  });
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
