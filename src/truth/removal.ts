/**
 * Counterfactual removal: how much the world's total spread falls when agent v is removed.
 *
 * Total spread T(G) = Σ_s Σ_{u real, u ≠ s} P(s reaches u) under Independent Cascade (one message
 * from every agent). Removing v (it can neither be moved nor pass anything on) loses, in each
 * live-edge world g, every pair (s, u) with s = v, with u = v, or whose every s⇝u path runs
 * through v, i.e. v dominates u in the graph reached from s. So
 *   Δ(v) = E_g[ reachedReal_g(v) + Σ_{s ≠ v} |real nodes in v's dominator subtree from s| ],
 * estimated by Monte Carlo over live-edge worlds (paired: one world serves every v), with
 * stderr = sd / √worlds. Dominator trees by the iterative algorithm of Cooper, Harvey & Kennedy
 * (2001), "A simple, fast dominance algorithm". O(worlds · n · reach) — small worlds only.
 * References: Kempe, Kleinberg & Tardos (2003) for IC; the counterfactual ("knock-out") view of
 * influence as in Borgatti (2006), "Identifying sets of key players in a social network".
 */
import { ParameterError } from '../errors.js';
import type { HiddenLayer } from '../model/hidden.js';
import type { Rng } from '../rng.js';
import { followerProbs } from './spread-common.js';
import { checkPrecision, realAgents, relativePrecision, type TruthEstimate, type TruthModel, type TruthOptions } from './truth-model.js';

/** Largest world (agents) {@link removalImpact} accepts. */
export const MAX_REMOVAL_AGENTS = 5000;

/** Options of {@link removalImpact}. */
export interface RemovalOptions extends TruthOptions {
  /** Sample exactly this many live-edge worlds (skips the adaptive rule; for tests). */
  readonly worlds?: number;
}

/** Δ(v) for every agent (see the file banner). Throws ParameterError above {@link MAX_REMOVAL_AGENTS}. */
export function removalImpact(hidden: HiddenLayer, rng: Rng, opts: RemovalOptions = {}): TruthEstimate {
  const n = hidden.n;
  if (n > MAX_REMOVAL_AGENTS)
    throw new ParameterError(
      'agents',
      n,
      `at most ${MAX_REMOVAL_AGENTS} for the removal model (it reruns the world per agent; use ic for larger worlds)`,
    );
  const target = checkPrecision(opts.precision);
  const real = realAgents(hidden);
  const { offsets, targets } = hidden.graph.followers;
  const pF = followerProbs(hidden);
  const sum = new Float64Array(n);
  const sum2 = new Float64Array(n);
  const d = new Float64Array(n);
  const ws = new DomScratch(n, pF.length);
  const maxWorlds = opts.maxSamples ?? 100_000;
  let k = 0;
  let goal = opts.worlds ?? Math.min(maxWorlds, 50);
  const estimate = new Float64Array(n);
  const stderr = new Float64Array(n);
  let achieved = Infinity;
  for (;;) {
    for (; k < goal; k++) {
      ws.sampleWorld(offsets, targets, pF, rng);
      d.fill(0);
      for (let s = 0; s < n; s++) ws.accumulate(s, hidden.real, d);
      for (let v = 0; v < n; v++) {
        sum[v]! += d[v]!;
        sum2[v]! += d[v]! * d[v]!;
      }
    }
    for (let v = 0; v < n; v++) {
      const mean = sum[v]! / k;
      estimate[v] = mean;
      stderr[v] = k > 1 ? Math.sqrt(Math.max(0, (sum2[v]! - k * mean * mean) / (k - 1)) / k) : Infinity;
    }
    opts.onProgress?.(k, goal);
    achieved = relativePrecision(estimate, stderr, real);
    if (opts.worlds !== undefined || achieved <= target || k >= maxWorlds) break;
    goal = Math.min(maxWorlds, Math.ceil(k * Math.min(8, Math.max(1.25, 1.1 * (achieved / target) ** 2))));
  }
  return {
    model: 'removal',
    units: 'expected fall in total spread (real people moved, summed over every source) when the agent is removed',
    estimate,
    stderr,
    samples: k,
    precision: achieved,
    converged: achieved <= target,
  };
}

/** Reusable arrays for one live-edge world and the per-source dominator computation. */
class DomScratch {
  readonly liveOff: Uint32Array;
  liveTo: Uint32Array;
  readonly predOff: Uint32Array;
  predTo: Uint32Array;
  liveM = 0;
  readonly post: Int32Array; // postorder number, -1 when unreached
  readonly order: Uint32Array; // nodes in reverse postorder
  readonly idom: Int32Array;
  readonly sub: Float64Array;
  readonly stack: Uint32Array;
  readonly iter: Uint32Array;
  constructor(
    readonly n: number,
    m: number,
  ) {
    this.liveOff = new Uint32Array(n + 1);
    this.liveTo = new Uint32Array(m);
    this.predOff = new Uint32Array(n + 1);
    this.predTo = new Uint32Array(m);
    this.post = new Int32Array(n).fill(-1);
    this.order = new Uint32Array(n);
    this.idom = new Int32Array(n).fill(-1);
    this.sub = new Float64Array(n);
    this.stack = new Uint32Array(n);
    this.iter = new Uint32Array(n);
  }

  /** Flip every edge once: live forward CSR (v → moved follower) and its reverse. */
  sampleWorld(offsets: Uint32Array, targets: Uint32Array, pF: Float64Array, rng: Rng): void {
    const { n, liveOff, liveTo, predOff, predTo } = this;
    let w = 0;
    predOff.fill(0);
    for (let v = 0; v < n; v++) {
      liveOff[v] = w;
      for (let s = offsets[v]!; s < offsets[v + 1]!; s++) {
        if (pF[s]! > 0 && rng.next() < pF[s]!) {
          liveTo[w++] = targets[s]!;
          predOff[targets[s]! + 1]!++;
        }
      }
    }
    liveOff[n] = w;
    this.liveM = w;
    for (let v = 0; v < n; v++) predOff[v + 1]! += predOff[v]!;
    const cursor = predOff.slice(0, n);
    for (let v = 0; v < n; v++) for (let e = liveOff[v]!; e < liveOff[v + 1]!; e++) predTo[cursor[liveTo[e]!]!++] = v;
  }

  /** Add source s's contributions to d (see the file banner). */
  accumulate(s: number, real: Uint8Array, d: Float64Array): void {
    const { liveOff, liveTo, predOff, predTo, post, order, idom, sub, stack, iter } = this;
    // 1. Iterative DFS from s: postorder numbers, then reverse postorder.
    let sp = 0;
    let cnt = 0;
    stack[sp++] = s;
    post[s] = -2; // on stack
    iter[s] = liveOff[s]!;
    const visited: number[] = [];
    visited.push(s);
    while (sp > 0) {
      const x = stack[sp - 1]!;
      if (iter[x]! < liveOff[x + 1]!) {
        const y = liveTo[iter[x]!++]!;
        if (post[y] === -1) {
          post[y] = -2;
          iter[y] = liveOff[y]!;
          stack[sp++] = y;
          visited.push(y);
        }
      } else {
        post[x] = cnt++;
        sp--;
      }
    }
    const r = visited.length;
    for (const x of visited) order[r - 1 - post[x]!] = x;
    if (r > 1) {
      // 2. Cooper–Harvey–Kennedy: idom by intersecting predecessors in reverse postorder.
      idom[s] = s;
      for (let changed = true; changed; ) {
        changed = false;
        for (let i = 1; i < r; i++) {
          const b = order[i]!;
          let nid = -1;
          for (let e = predOff[b]!; e < predOff[b + 1]!; e++) {
            const q = predTo[e]!;
            if (post[q]! < 0 || idom[q] === -1) continue;
            nid = nid === -1 ? q : intersect(q, nid, idom, post);
          }
          if (nid !== idom[b]) {
            idom[b] = nid;
            changed = true;
          }
        }
      }
      // 3. Real nodes in each dominator subtree, children before parents (postorder).
      for (let i = 0; i < r; i++) sub[order[i]!] = real[order[i]!] === 1 ? 1 : 0;
      for (let i = r - 1; i >= 1; i--) {
        const b = order[i]!;
        sub[idom[b]!]! += sub[b]!;
        d[b]! += sub[b]!;
      }
      d[s]! += sub[s]! - (real[s] === 1 ? 1 : 0);
    }
    for (const x of visited) {
      post[x] = -1;
      idom[x] = -1;
    }
  }
}

/** Nearest common dominator of a and b (post numbers grow towards the root). */
function intersect(a: number, b: number, idom: Int32Array, post: Int32Array): number {
  while (a !== b) {
    while (post[a]! < post[b]!) a = idom[a]!;
    while (post[b]! < post[a]!) b = idom[b]!;
  }
  return a;
}

/** Counterfactual removal impact (small worlds only). */
export const removalModel: TruthModel = {
  id: 'removal',
  description: 'Counterfactual removal: expected fall in total IC spread when the agent is removed (small worlds only)',
  source: 'Kempe, Kleinberg & Tardos 2003; Cooper, Harvey & Kennedy 2001 (dominators); Borgatti 2006',
  estimate: (hidden, rng, opts) => removalImpact(hidden, rng, opts),
};
