/**
 * Independent Cascade true influence (the default truth model), estimated for every agent at once
 * by reverse-influence sampling (ris.ts).
 *
 * RR set of root r: a reverse search over `graph.following` (row w = accounts w follows, i.e. the
 * accounts whose messages can move w); each edge is live with its hidden move probability, flipped
 * lazily. Rows with small probabilities are crossed by geometric skipping: candidates come at the
 * row's largest probability pmax and are kept with probability p/pmax, which makes every edge live
 * independently with probability exactly p at O(1 + deg·pmax) expected cost per row.
 * References: Kempe, Kleinberg & Tardos (2003); Borgs et al. (2014); Tang et al. (2014, 2015).
 */
import type { HiddenLayer } from '../model/hidden.js';
import type { Rng } from '../rng.js';
import { runRis, type RisOptions, type RrSampler } from './ris.js';
import { followerProbs, hasDeepPath, oneHopSpread, rowLogSkip, rowMax } from './spread-common.js';
import type { TruthEstimate, TruthModel } from './truth-model.js';

/** Units of IC (and LT) spread. */
export const SPREAD_UNITS = 'expected real people moved by one message (the agent itself excluded)';

/**
 * A sampler of IC RR sets: each call draws one RR set rooted at `root` and increments `deep[x]`
 * for every member x other than the root and (unless `countDirect`) the root's live direct neighbours.
 * Allocation-free per call (visited stamps and a stack of size n are reused).
 */
export function makeIcSampler(hidden: HiddenLayer, rng: Rng, deep: Uint32Array, countDirect = false): RrSampler {
  const n = hidden.n;
  const { offsets, targets } = hidden.graph.following;
  const p = hidden.moveProb;
  const max = rowMax(offsets, p, n);
  const logq = rowLogSkip(max);
  const stamp = new Uint32Array(n);
  const stack = new Uint32Array(n);
  const next = rng.next;
  let cur = 0;
  let sp = 0;

  function expand(w: number, count: boolean): void {
    const m = max[w]!;
    if (m === 0) return;
    const end = offsets[w + 1]!;
    const lq = logq[w]!;
    if (lq === 0) {
      for (let e = offsets[w]!; e < end; e++) {
        if (next() < p[e]!) visit(targets[e]!, count);
      }
      return;
    }
    let e = offsets[w]! + Math.floor(Math.log(1 - next()) / lq);
    while (e < end) {
      if (next() * m < p[e]!) visit(targets[e]!, count);
      e += 1 + Math.floor(Math.log(1 - next()) / lq);
    }
  }
  function visit(x: number, count: boolean): void {
    if (stamp[x] === cur) return;
    stamp[x] = cur;
    stack[sp++] = x;
    if (count) deep[x]++;
  }

  return (root: number) => {
    if (++cur === 0xffffffff) {
      stamp.fill(0);
      cur = 1;
    }
    stamp[root] = cur;
    sp = 0;
    expand(root, countDirect);
    while (sp > 0) expand(stack[--sp]!, true);
  };
}

/** IC spread of every agent by RIS (see ris.ts for the estimator and its standard error). */
export function icSpread(hidden: HiddenLayer, rng: Rng, opts: RisOptions = {}): TruthEstimate {
  const pF = followerProbs(hidden);
  return runRis(hidden, rng, {
    id: 'ic',
    units: SPREAD_UNITS,
    oneHop: oneHopSpread(hidden, pF),
    hasDeep: hasDeepPath(hidden, pF),
    makeSampler: (r, deep, countDirect) => makeIcSampler(hidden, r, deep, countDirect),
  }, opts);
}

/** The default truth model: Independent Cascade spread over real people, by RIS. */
export const icModel: TruthModel = {
  id: 'ic',
  description: 'Independent Cascade: expected real people moved by one message, directly or through reshares (reverse-influence sampling)',
  source: 'Kempe, Kleinberg & Tardos 2003; Borgs et al. 2014; Tang et al. 2014/2015',
  estimate: (hidden, rng, opts) => icSpread(hidden, rng, opts),
};
