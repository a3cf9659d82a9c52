/**
 * Turn a graphology graph into a {@link GeneratedGraph}: undirected edges become mutual follows,
 * directed edges stay one-way. Node order follows graphology's insertion order; a node attribute
 * (e.g. `club`, `cluster`) or a function gives communities.
 */
import type Graph from 'graphology';
import { EdgeBuffer } from '../csr.js';
import { FollowReason } from '../../model/ties.js';
import type { GeneratedGraph } from './generator.js';

/**
 * @param graph any graphology graph (mixed graphs: each edge by its own type).
 * @param communityOf community of the node at index i with key and attributes (default: 0).
 */
export function fromGraphology(
  graph: Graph,
  communityOf: (index: number, key: string, attrs: Record<string, unknown>) => number | string = () => 0,
): GeneratedGraph {
  const keys = graph.nodes();
  const index = new Map<string, number>();
  for (const [i, k] of keys.entries()) index.set(k, i);
  const n = keys.length;
  const raw = keys.map((k, i) => communityOf(i, k, graph.getNodeAttributes(k)));
  const codes = new Map<number | string, number>();
  const community = new Uint32Array(n);
  raw.forEach((c, i) => {
    if (!codes.has(c)) codes.set(c, codes.size);
    community[i] = codes.get(c)!;
  });
  const edges = new EdgeBuffer(graph.size * 2 + 16);
  const reasons: number[] = [];
  const add = (s: number, d: number) => {
    edges.push(s, d);
    reasons.push(community[s] === community[d] ? FollowReason.community : FollowReason.global);
  };
  graph.forEachEdge((_e, _a, source, target, _sa, _ta, undirected) => {
    const s = index.get(source)!;
    const d = index.get(target)!;
    add(s, d);
    if (undirected) add(d, s);
  });
  return { edges, reason: Uint8Array.from(reasons), community, labels: keys };
}
