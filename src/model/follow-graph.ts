/**
 * The follow graph in both directions. An edge u → v means "u follows v".
 * `following` rows are indexed by the follower (u's followees); `followers` rows by the
 * followee (v's followers). Influence flows against the follow edge: v's posts reach u.
 */
import { buildCsr, transposeCsr, type Csr } from '../graph/csr.js';

/** A frozen directed follow graph as two CSRs that mirror each other. */
export interface FollowGraph {
  /** Number of accounts. */
  readonly n: number;
  /** Number of follow edges (no self-follows, no duplicates). */
  readonly m: number;
  /** Row u: the accounts u follows (sorted). */
  readonly following: Csr;
  /** Row v: the accounts that follow v (sorted). */
  readonly followers: Csr;
  /** For each slot of `followers`, the slot of the same edge in `following`. */
  readonly followersToFollowing: Uint32Array;
}

/** Build a {@link FollowGraph} from (follower, followee) pairs; self-follows and duplicates are dropped. */
export function followGraphFromEdges(
  n: number,
  follower: ArrayLike<number>,
  followee: ArrayLike<number>,
  m = follower.length,
): FollowGraph {
  const following = buildCsr(n, follower, followee, m);
  return followGraphFromCsr({ n, offsets: following.offsets, targets: following.targets });
}

/** Wrap an existing "following" CSR (rows = followers) into a {@link FollowGraph}. */
export function followGraphFromCsr(following: Csr): FollowGraph {
  const t = transposeCsr(following);
  return {
    n: following.n,
    m: following.targets.length,
    following: { n: following.n, offsets: following.offsets, targets: following.targets },
    followers: t.csr,
    followersToFollowing: t.mirror,
  };
}

/** Number of followers of each account (in-degree). */
export function followerCounts(g: FollowGraph): Uint32Array {
  const out = new Uint32Array(g.n);
  const o = g.followers.offsets;
  for (let v = 0; v < g.n; v++) out[v] = o[v + 1]! - o[v]!;
  return out;
}

/** Number of accounts each account follows (out-degree). */
export function followingCounts(g: FollowGraph): Uint32Array {
  const out = new Uint32Array(g.n);
  const o = g.following.offsets;
  for (let u = 0; u < g.n; u++) out[u] = o[u + 1]! - o[u]!;
  return out;
}
