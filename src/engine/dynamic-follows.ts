/**
 * The follow graph while the world runs: adjacency rows in a flat typed-array arena with slack,
 * so follows and unfollows cost O(1) amortised (plus a row scan to find an edge) and nothing is
 * rebuilt per tick. `freeze()` makes the immutable CSR {@link FollowGraph} a snapshot needs.
 *
 * Two arenas mirror each other: `out` (row u = accounts u follows) and `inn` (row v = followers
 * of v). Each slot stores the neighbour, the hidden tie strength and the tick the follow was made.
 */
import { followGraphFromCsr, type FollowGraph } from '../model/follow-graph.js';

/** Rows of at most this many follows are sorted by insertion in {@link DynamicFollows.freeze}. */
const SMALL_ROW = 32;

/**
 * One direction of the dynamic adjacency. Row u occupies slots start[u] … start[u] + len[u] − 1;
 * slot i holds a neighbour and its tie side by side (`pairs[2i]` as Uint32, `ties[2i + 1]` as
 * Float32, one 8-byte cell of one buffer), so a hot loop reading both pays one cache miss.
 * `start`, `len` and the slot buffer live on SharedArrayBuffers so cascade worker threads read the
 * rows in place (src/engine/tick-cascades.ts); only the engine's thread writes them, between cascades.
 */
class Arena {
  start: Uint32Array;
  len: Uint32Array;
  cap: Uint32Array;
  /** Neighbour of slot i at index 2i (the odd indices belong to `ties`). */
  pairs: Uint32Array;
  /** Hidden tie strength of slot i at index 2i + 1 (same memory as `pairs`). */
  ties: Float32Array;
  tick: Uint32Array;
  used = 0;

  constructor(n: number, degree: Uint32Array, slack: number) {
    this.start = new Uint32Array(new SharedArrayBuffer(4 * n));
    this.len = new Uint32Array(new SharedArrayBuffer(4 * n));
    this.cap = new Uint32Array(n);
    let total = 0;
    for (let u = 0; u < n; u++) {
      const c = degree[u]! + Math.ceil(degree[u]! * slack) + 2;
      this.start[u] = total;
      this.cap[u] = c;
      total += c;
    }
    this.used = total;
    const size = Math.ceil(total * 1.1) + 1024;
    const buf = new SharedArrayBuffer(8 * size);
    this.pairs = new Uint32Array(buf);
    this.ties = new Float32Array(buf);
    this.tick = new Uint32Array(size);
  }

  /** Number of slots the arena can hold before it grows. */
  get size(): number {
    return this.tick.length;
  }

  /** The neighbour stored in slot i. */
  neighbour(i: number): number {
    return this.pairs[2 * i]!;
  }

  /** The hidden tie stored in slot i, in [0, 1]. */
  tieAt(i: number): number {
    return this.ties[2 * i + 1]!;
  }

  /** A copy of row u's neighbours. */
  row(u: number): Uint32Array {
    const s = this.start[u]!;
    const l = this.len[u]!;
    const out = new Uint32Array(l);
    for (let k = 0; k < l; k++) out[k] = this.pairs[2 * (s + k)]!;
    return out;
  }

  /** Write slot i. */
  set(i: number, v: number, tie: number, tick: number): void {
    this.pairs[2 * i] = v;
    this.ties[2 * i + 1] = tie;
    this.tick[i] = tick;
  }

  push(u: number, v: number, tie: number, tick: number): void {
    if (this.len[u] === this.cap[u]) this.relocate(u);
    this.set(this.start[u]! + this.len[u]!, v, tie, tick);
    this.len[u]!++;
  }

  /** Slot of v in row u, or -1. */
  find(u: number, v: number): number {
    const s = this.start[u]!;
    const e = s + this.len[u]!;
    const pairs = this.pairs;
    for (let i = s; i < e; i++) if (pairs[2 * i] === v) return i;
    return -1;
  }

  /** Remove v from row u (swap with the row's last slot). Returns false when absent. */
  remove(u: number, v: number): boolean {
    const i = this.find(u, v);
    if (i < 0) return false;
    const last = this.start[u]! + this.len[u]! - 1;
    this.pairs[2 * i] = this.pairs[2 * last]!;
    this.pairs[2 * i + 1] = this.pairs[2 * last + 1]!; // the tie's bits
    this.tick[i] = this.tick[last]!;
    this.len[u]!--;
    return true;
  }

  private relocate(u: number): void {
    const newCap = Math.max(4, this.cap[u]! * 2);
    if (this.used + newCap > this.size) this.grow(this.used + newCap);
    const from = this.start[u]!;
    const l = this.len[u]!;
    this.pairs.copyWithin(2 * this.used, 2 * from, 2 * (from + l));
    this.tick.copyWithin(this.used, from, from + l);
    this.start[u] = this.used;
    this.cap[u] = newCap;
    this.used += newCap;
  }

  private grow(min: number): void {
    const size = Math.max(min, Math.ceil(this.size * 1.5));
    const buf = new SharedArrayBuffer(8 * size);
    const pairs = new Uint32Array(buf);
    pairs.set(this.pairs);
    const tick = new Uint32Array(size);
    tick.set(this.tick);
    this.pairs = pairs;
    this.ties = new Float32Array(buf);
    this.tick = tick;
  }
}

/** A mutable follow graph with per-edge hidden ties and creation ticks. */
export class DynamicFollows {
  readonly out: Arena;
  readonly inn: Arena;
  /** Current number of follow edges. */
  m = 0;

  /**
   * Build from deduplicated edges grouped by follower (no self-loops): row u of `following`
   * (`offsets`, `targets`) lists the accounts u follows, `tie` the hidden tie of each slot; all
   * made at tick 0. Bulk construction: two passes over the edges, no per-edge method calls.
   * @param slack spare capacity per row as a fraction of its degree (default 0.25).
   */
  constructor(
    readonly n: number,
    offsets: Uint32Array,
    targets: Uint32Array,
    tie: ArrayLike<number>,
    slack = 0.25,
  ) {
    const m = targets.length;
    const outDeg = new Uint32Array(n);
    const inDeg = new Uint32Array(n);
    const rows = Math.min(n, offsets.length - 1);
    for (let u = 0; u < rows; u++) outDeg[u] = offsets[u + 1]! - offsets[u]!;
    for (let e = 0; e < m; e++) inDeg[targets[e]!]!++;
    this.out = new Arena(n, outDeg, slack);
    this.inn = new Arena(n, inDeg, slack);
    const o = this.out;
    const iA = this.inn;
    for (let u = 0; u < rows; u++) {
      const base = o.start[u]!;
      const s = offsets[u]!;
      const l = offsets[u + 1]! - s;
      for (let k = 0; k < l; k++) {
        const t = tie[s + k]!;
        const v = targets[s + k]!;
        o.pairs[2 * (base + k)] = v;
        o.ties[2 * (base + k) + 1] = t;
        const slot = iA.start[v]! + iA.len[v]!++;
        iA.pairs[2 * slot] = u;
        iA.ties[2 * slot + 1] = t;
      }
      o.len[u] = l;
    }
    this.m = m;
  }

  /** Number of accounts u follows. */
  following(u: number): number {
    return this.out.len[u]!;
  }

  /** Number of followers of v. */
  followers(v: number): number {
    return this.inn.len[v]!;
  }

  /** True when u follows v (scans u's followees). */
  has(u: number, v: number): boolean {
    return this.out.find(u, v) >= 0;
  }

  /** Add the follow u → v; returns false (and changes nothing) for a self-follow or an existing one. */
  add(u: number, v: number, tie: number, tick: number): boolean {
    if (u === v || this.has(u, v)) return false;
    this.out.push(u, v, tie, tick);
    this.inn.push(v, u, tie, tick);
    this.m++;
    return true;
  }

  /** Remove the follow u → v; returns false when it did not exist. */
  remove(u: number, v: number): boolean {
    if (!this.out.remove(u, v)) return false;
    this.inn.remove(v, u);
    this.m--;
    return true;
  }

  /**
   * Freeze into CSR form. Returns the FollowGraph plus, aligned with `graph.following.targets`,
   * each edge's tie strength and creation tick. O(n + m log d): each row is already grouped by
   * follower in the arena, so it is copied in place and sorted by followee on its own (rows hold
   * no duplicate followee, so the order is the one a counting sort of all edges gives), without
   * scattering the m edges over memory twice.
   */
  freeze(): { graph: FollowGraph; tie: Float64Array; tick: Uint32Array } {
    const { n, out } = this;
    const offsets = new Uint32Array(n + 1);
    for (let u = 0; u < n; u++) offsets[u + 1] = offsets[u]! + out.len[u]!;
    const m = offsets[n]!;
    const targets = new Uint32Array(m);
    const tie = new Float64Array(m);
    const tick = new Uint32Array(m);
    const slot = new Uint32Array(m);
    let keys = new Float64Array(64);
    for (let u = 0; u < n; u++) {
      const s = out.start[u]!;
      const w = offsets[u]!;
      const d = out.len[u]!;
      if (d <= SMALL_ROW) {
        // Insertion sort of (followee, slot) by followee.
        for (let k = 0; k < d; k++) {
          const v = out.neighbour(s + k);
          let j = w + k;
          while (j > w && targets[j - 1]! > v) {
            targets[j] = targets[j - 1]!;
            slot[j] = slot[j - 1]!;
            j--;
          }
          targets[j] = v;
          slot[j] = s + k;
        }
      } else if (n * d < 2 ** 53) {
        // One numeric sort of keys followee · d + k (unique and exact: n · d < 2^53).
        if (keys.length < d) keys = new Float64Array(d);
        const row = keys.subarray(0, d);
        for (let k = 0; k < d; k++) row[k] = out.neighbour(s + k) * d + k;
        row.sort();
        for (let k = 0; k < d; k++) {
          const v = Math.floor(row[k]! / d);
          targets[w + k] = v;
          slot[w + k] = s + (row[k]! - v * d);
        }
      } else {
        const order = Array.from({ length: d }, (_, k) => s + k).sort((x, y) => out.neighbour(x) - out.neighbour(y));
        for (let k = 0; k < d; k++) {
          targets[w + k] = out.neighbour(order[k]!);
          slot[w + k] = order[k]!;
        }
      }
    }
    for (let e = 0; e < m; e++) {
      const i = slot[e]!;
      tie[e] = out.tieAt(i);
      tick[e] = out.tick[i]!;
    }
    return { graph: followGraphFromCsr({ n, offsets, targets }), tie, tick };
  }
}
