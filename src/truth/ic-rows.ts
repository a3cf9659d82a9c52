/**
 * The sorted `following` rows the IC sampler (ic.ts) crosses, in a cache-friendly layout.
 *
 * Rows: zero-probability edges dropped, the rest sorted by move probability, descending (ties by
 * edge slot), for envelope skipping (Kempe, Kleinberg & Tardos 2003 for the model; the skipping is
 * described in ic.ts). Layout (a memory layout only: the sampler draws the same numbers in the same
 * order as over the original numbering, so every result is the same to the bit):
 * - agents are relabelled by live in-degree (how many rows hold them), descending, ties by index —
 *   "hub sorting" (Balaji & Lucia 2018, "When is graph reordering an optimization?"): the accounts
 *   an RR set reaches most often, and their rows, sit together at the front and stay in cache;
 * - one record of three numbers per edge, adjacent in memory: `rec[3e] = p`,
 *   `rec[3e + 1] = log(1 − p)`, `rec[3e + 2] = target` (as a new label);
 * - one 16-byte head per label i: `head[2i]` = probability that the first envelope of the row is
 *   empty, (1 − p_max)^deg, for rows crossed by skipping (p_max < SKIP_THRESHOLD), −1 for the
 *   others; `starts[4i + 2]` (a Uint32 view of the same memory) = the row's first record, so a
 *   row's bounds and its empty test are one cache line (`starts[4(i + 1) + 2]` ends the row).
 * Arrays are on SharedArrayBuffers so RIS worker threads read them without a copy (ris-chunks.ts).
 */
import type { HiddenLayer } from '../model/hidden.js';
import * as pm from '../portable-math.js';
import { SKIP_THRESHOLD } from './spread-common.js';

/** The sorted rows in the layout above (n = number of agents). */
export interface SortedRows {
  /** 2(n + 1) doubles: the empty-envelope probability of label i at 2i. */
  readonly head: Float64Array;
  /** Uint32 view of `head`'s memory: the first record of label i at 4i + 2 (i = 0 … n). */
  readonly starts: Uint32Array;
  /** 3 numbers per live edge: p, log(1 − p), target label. */
  readonly rec: Float64Array;
  /** label[agent] = its position in the layout (0 … n − 1). */
  readonly label: Uint32Array;
  /** order[label] = the agent (the inverse permutation). */
  readonly order: Uint32Array;
}

/** Rows of at most this many live edges are sorted by insertion in {@link sortedFollowingRows}. */
const SMALL_ROW = 32;

const shared = (bytes: number) => new SharedArrayBuffer(Math.max(bytes, 8));

/** Hub order: agents by live in-degree, descending, ties by index (a stable counting sort; O(n + m)). */
function hubOrder(hidden: HiddenLayer): { label: Uint32Array; order: Uint32Array } {
  const n = hidden.n;
  const { targets } = hidden.graph.following;
  const prob = hidden.moveProb;
  const indeg = new Uint32Array(n);
  let maxDeg = 0;
  for (let e = 0; e < prob.length; e++) {
    if (prob[e]! > 0) {
      const t = targets[e]!;
      const d = indeg[t]! + 1;
      indeg[t] = d;
      if (d > maxDeg) maxDeg = d;
    }
  }
  // Bucket starts for degrees maxDeg, maxDeg − 1, …, 0 (descending).
  const start = new Uint32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) start[maxDeg - indeg[v]! + 1]!++;
  for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!;
  const label = new Uint32Array(shared(4 * n));
  const order = new Uint32Array(shared(4 * n));
  for (let v = 0; v < n; v++) {
    const l = start[maxDeg - indeg[v]!]!++;
    label[v] = l;
    order[l] = v;
  }
  return { label, order };
}

/** Build {@link SortedRows} from the hidden layer (O(m log deg)). */
export function sortedFollowingRows(hidden: HiddenLayer): SortedRows {
  const n = hidden.n;
  const { offsets, targets } = hidden.graph.following;
  const prob = hidden.moveProb;
  let m = 0;
  for (let e = 0; e < prob.length; e++) if (prob[e]! > 0) m++;
  const { label, order } = hubOrder(hidden);
  const headBuf = shared(16 * (n + 1));
  const head = new Float64Array(headBuf);
  const starts = new Uint32Array(headBuf);
  const rec = new Float64Array(shared(24 * m));
  let idx = new Uint32Array(64);
  let w = 0;
  for (let i = 0; i < n; i++) {
    const u = order[i]!;
    starts[4 * i + 2] = w;
    let k = 0;
    const end = offsets[u + 1]!;
    if (end - offsets[u]! > idx.length) idx = new Uint32Array(end - offsets[u]!);
    for (let e = offsets[u]!; e < end; e++) if (prob[e]! > 0) idx[k++] = e;
    const row = idx.subarray(0, k);
    if (k <= SMALL_ROW) {
      // Insertion sort by probability, descending; the edges come in ascending order, so equal
      // probabilities keep it (the same order as the comparator below).
      for (let a = 1; a < k; a++) {
        const x = row[a]!;
        const px = prob[x]!;
        let j = a;
        while (j > 0 && prob[row[j - 1]!]! < px) {
          row[j] = row[j - 1]!;
          j--;
        }
        row[j] = x;
      }
    } else row.sort((x, y) => prob[y]! - prob[x]! || x - y);
    head[2 * i] = k > 0 && prob[row[0]!]! < SKIP_THRESHOLD ? pm.exp(k * pm.log1p(-prob[row[0]!]!)) : -1;
    for (let a = 0; a < k; a++) {
      const e = row[a]!;
      rec[3 * w] = prob[e]!;
      // log1p keeps tiny probabilities (down to 1e-300) from rounding to log(1) = 0.
      rec[3 * w + 1] = pm.log1p(-Math.min(prob[e]!, 1 - 1e-16));
      rec[3 * w + 2] = label[targets[e]!]!;
      w++;
    }
  }
  starts[4 * n + 2] = w;
  head[2 * n] = -1;
  return { head, starts, rec, label, order };
}
