/** Shared helpers of the graph-reader tests. */
import { InputFormatError } from '../../src/errors.js';
import type { LoadedGraph } from '../../src/graph/io/index.js';

/** Follow pairs as sorted [followerLabel, followeeLabel] lists. */
export function pairs(g: LoadedGraph): string[][] {
  const out: string[][] = [];
  const { offsets, targets } = g.graph.following;
  for (let u = 0; u < g.graph.n; u++) for (let k = offsets[u]!; k < offsets[u + 1]!; k++) out.push([g.labels[u]!, g.labels[targets[k]!]!]);
  return out.sort();
}

/** The InputFormatError `f` throws (any other outcome fails the test). */
export function errorOf(f: () => unknown): InputFormatError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputFormatError) return e;
    throw e;
  }
  throw new Error('expected an InputFormatError');
}
