/**
 * A fast, deterministic layout for the explorer's network picture (thousands of accounts, redrawn
 * on every change, so no force simulation): communities sit on a circle, and inside each community
 * the accounts fill a disc on a golden-angle (Vogel) spiral, most-followed first, so hubs are at
 * the centre of their community. No randomness: the same world gives the same picture.
 * Reference: Vogel, "A better way to construct the sunflower head", Mathematical Biosciences 44 (1979).
 */
import type { Csr } from '../graph/csr.js';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions in [0, 1]² (x, y interleaved) of every account, from its community and its followers
 * (the sort key inside a community).
 */
export function communityLayout(community: Uint32Array, followers: Float64Array): Float64Array {
  const n = community.length;
  const byCommunity = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    const list = byCommunity.get(c);
    if (list) list.push(i);
    else byCommunity.set(c, [i]);
  }
  const ids = [...byCommunity.keys()].sort((a, b) => a - b);
  const k = ids.length;
  const ring = k > 1 ? 0.32 : 0;
  const disc = k > 1 ? Math.min(0.17, 0.32 * Math.sin(Math.PI / k) * 0.95) : 0.45;
  const out = new Float64Array(2 * n);
  ids.forEach((c, ci) => {
    const members = byCommunity.get(c)!;
    members.sort((a, b) => followers[b]! - followers[a]! || a - b);
    const angle = (2 * Math.PI * ci) / k;
    const cx = 0.5 + ring * Math.cos(angle);
    const cy = 0.5 + ring * Math.sin(angle);
    members.forEach((v, j) => {
      const r = disc * Math.sqrt((j + 0.5) / members.length);
      out[2 * v] = cx + r * Math.cos(j * GOLDEN_ANGLE);
      out[2 * v + 1] = cy + r * Math.sin(j * GOLDEN_ANGLE);
    });
  });
  return out;
}

/** At most `max` edges (follower, followee pairs) of a follow CSR: every edge, or every ⌈m / max⌉-th one. */
export function sampleEdges(following: Csr, max: number): Uint32Array {
  const m = following.targets.length;
  const step = Math.max(1, Math.ceil(m / max));
  const out = new Uint32Array(2 * Math.ceil(m / step));
  let e = 0;
  let w = 0;
  for (let u = 0; u < following.n; u++)
    for (let s = following.offsets[u]!; s < following.offsets[u + 1]!; s++, e++)
      if (e % step === 0) {
        out[w++] = u;
        out[w++] = following.targets[s]!;
      }
  return out.subarray(0, w);
}
