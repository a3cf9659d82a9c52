/**
 * The two per-row sorts of the hot paths against the whole-graph sorts they replaced (issue 19):
 * DynamicFollows.freeze() sorts each follower's row in place (insertion sort up to 32 follows, one
 * numeric key sort above) and must give exactly the CSR, ties and ticks a counting sort of all
 * edges gives (src/graph/csr.ts buildCsr); sortedFollowingRows (src/truth/ic.ts) sorts short rows
 * by insertion and must give exactly the order of its comparator (probability descending, then edge
 * index), equal probabilities included. Rows of both sizes are drawn.
 */
import { describe, expect, it } from 'vitest';
import { DynamicFollows } from '../../src/engine/dynamic-follows.js';
import { buildCsr } from '../../src/graph/csr.js';
import { followGraphFromCsr } from '../../src/model/follow-graph.js';
import type { HiddenLayer } from '../../src/model/hidden.js';
import { Rng } from '../../src/rng.js';
import { sortedFollowingRows } from '../../src/truth/ic.js';

/** The freeze of before issue 19: every edge through buildCsr's two counting sorts. */
function referenceFreeze(g: DynamicFollows): { offsets: Uint32Array; targets: Uint32Array; tie: Float64Array; tick: Uint32Array } {
  const { n, out } = g;
  const src: number[] = [];
  const dst: number[] = [];
  const slot: number[] = [];
  for (let u = 0; u < n; u++)
    for (let i = out.start[u]!; i < out.start[u]! + out.len[u]!; i++) {
      src.push(u);
      dst.push(out.neighbour(i));
      slot.push(i);
    }
  const csr = buildCsr(n, src, dst, src.length, { dedupe: false, dropSelfLoops: false });
  const tie = Float64Array.from(csr.origin, (o) => out.tieAt(slot[o]!));
  const tick = Uint32Array.from(csr.origin, (o) => out.tick[slot[o]!]!);
  return { offsets: csr.offsets, targets: csr.targets, tie, tick };
}

/** A follow graph where account u follows up to 8 · (u mod 13) others, then random follows and unfollows. */
function randomFollows(n: number, seed: string): DynamicFollows {
  const rng = new Rng(seed);
  const rows: number[][] = [];
  for (let u = 0; u < n; u++) {
    const set = new Set<number>();
    const want = rng.int(8 * (u % 13) + 1);
    while (set.size < want) {
      const v = rng.int(n);
      if (v !== u) set.add(v);
    }
    rows.push([...set]);
  }
  const offsets = new Uint32Array(n + 1);
  rows.forEach((r, u) => {
    offsets[u + 1] = offsets[u]! + r.length;
  });
  const targets = Uint32Array.from(rows.flat());
  const tie = Float64Array.from(targets, () => rng.next());
  const g = new DynamicFollows(n, offsets, targets, tie, 0);
  for (let k = 0; k < 20 * n; k++) {
    const u = rng.int(n);
    const v = rng.int(n);
    if (rng.next() < 0.7) g.add(u, v, rng.next(), 1 + rng.int(9));
    else g.remove(u, v);
  }
  return g;
}

describe('per-row sorts of the hot paths (issue 19)', () => {
  it('freeze() equals the counting sort of every edge: CSR, followers, ties and ticks, rows short and long', () => {
    const g = randomFollows(400, 'freeze');
    let long = 0;
    for (let u = 0; u < g.n; u++) if (g.out.len[u]! > 32) long++;
    expect(long).toBeGreaterThan(20);
    const ref = referenceFreeze(g);
    const got = g.freeze();
    expect(got.graph.following.offsets).toEqual(ref.offsets);
    expect(got.graph.following.targets).toEqual(ref.targets);
    expect(got.tie).toEqual(ref.tie);
    expect(got.tick).toEqual(ref.tick);
    const refGraph = followGraphFromCsr({ n: g.n, offsets: ref.offsets, targets: ref.targets });
    expect(got.graph.followers).toEqual(refGraph.followers);
    expect(got.graph.followersToFollowing).toEqual(refGraph.followersToFollowing);
  });

  it('sortedFollowingRows keeps its comparator order (p descending, then edge index) with many equal probabilities', () => {
    const g = randomFollows(300, 'sorted-rows');
    const { graph } = g.freeze();
    const rng = new Rng('probs');
    // A few distinct values (ties everywhere), some zero (dropped), some above the skip threshold.
    const levels = [0, 0.01, 0.02, 0.05, 0.3, 0.6];
    const moveProb = Float64Array.from({ length: graph.m }, () => levels[rng.int(levels.length)]!);
    const hidden = { n: graph.n, graph, moveProb } as unknown as HiddenLayer;
    const rows = sortedFollowingRows(hidden);
    const { offsets, targets } = graph.following;
    // The layout relabels agents by live in-degree (descending, ties by index): order and label
    // are inverse permutations, and the degrees never rise along the order.
    const indeg = new Uint32Array(graph.n);
    for (let e = 0; e < graph.m; e++) if (moveProb[e]! > 0) indeg[targets[e]!]!++;
    expect([...rows.order].sort((a, b) => a - b)).toEqual([...Array(graph.n).keys()]);
    for (let l = 0; l < graph.n; l++) {
      expect(rows.label[rows.order[l]!]).toBe(l);
      if (l > 0) {
        const [a, b] = [rows.order[l - 1]!, rows.order[l]!];
        expect(indeg[a]! > indeg[b]! || (indeg[a] === indeg[b] && a < b)).toBe(true);
      }
    }
    let w = 0;
    let long = 0;
    for (let l = 0; l < graph.n; l++) {
      const u = rows.order[l]!;
      const idx: number[] = [];
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) if (moveProb[e]! > 0) idx.push(e);
      if (idx.length > 32) long++;
      idx.sort((x, y) => moveProb[y]! - moveProb[x]! || x - y);
      expect(rows.starts[4 * l + 2]).toBe(w);
      const pMax = moveProb[idx[0] ?? 0] ?? 0;
      if (idx.length > 0 && pMax < 0.25) expect(rows.head[2 * l]).toBeCloseTo((1 - pMax) ** idx.length, 12);
      else expect(rows.head[2 * l]).toBe(-1);
      for (const e of idx) {
        expect([rows.rec[3 * w], rows.rec[3 * w + 2]]).toEqual([moveProb[e], rows.label[targets[e]!]]);
        w++;
      }
    }
    expect(rows.starts[4 * graph.n + 2]).toBe(w);
    expect(long).toBeGreaterThan(10);
  });
});
