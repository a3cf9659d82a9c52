/**
 * A user's own topology: follows read from an edge-list CSV (`follower,followee`), GEXF or GraphML
 * file. The file fixes the number of accounts; a follow returned in the file is a reciprocal tie,
 * a one-way follow an ordinary one. Communities are not in the file: everyone is in community 0.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readGraphFile, type LoadedGraph } from '../io/index.js';
import { EdgeBuffer, findEdge } from '../csr.js';
import { FollowReason } from '../../model/ties.js';
import { defineGenerator } from './generator.js';

const cache = new Map<string, LoadedGraph>();
const hashes = new Map<string, string>();
/**
 * The graph in `path` (edge lists: `comment` is the comment character, '' for none), read once per
 * process and kept: the CLI reads it to report how it was read, the generator to build the world.
 */
export function loadGraphFile(path: string, comment = ''): LoadedGraph {
  const key = `${comment}\u0000${path}`;
  let g = cache.get(key);
  if (!g) {
    g = readGraphFile(path, comment !== '' ? { comment } : {});
    hashes.set(path, fileSha256(path));
    cache.set(key, g);
  }
  return g;
}

/** SHA-256 of a file's bytes, 64 lowercase hex digits (recorded so a result names the exact input it came from). */
export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The input file of a run's topology: its path and SHA-256 (64 hex digits). */
export interface GraphFileInput {
  readonly path: string;
  readonly sha256: string;
}

/**
 * The graph file a run's topology was read from, with the SHA-256 of its bytes as they were when the
 * run loaded it; undefined unless the generator is `from-file` (`--graph`). For manifest.json.
 */
export function graphFileInput(generator: {
  readonly id: string;
  readonly params: Readonly<Record<string, unknown>>;
}): GraphFileInput | undefined {
  if (generator.id !== 'from-file') return undefined;
  const path = String(generator.params.path);
  loadGraphFile(path, String(generator.params.comment ?? ''));
  return { path, sha256: hashes.get(path)! };
}

export const fromFileGenerator = defineGenerator({
  id: 'from-file',
  description: 'your own follow graph from an edge-list CSV (follower,followee), GEXF or GraphML file',
  source: 'user data',
  params: {
    path: {
      kind: 'string',
      source: 'illustrative',
      description: 'path of the graph file (.csv/.txt edge list, .gexf, .graphml)',
      default: '',
    },
    comment: {
      kind: 'string',
      source: 'illustrative',
      description: "edge lists: the character that starts a comment line (e.g. '#'); empty: none, every line is data",
      default: '',
    },
  },
  size: (p) => loadGraphFile(p.path, p.comment).graph.n,
  generate(_ctx, p) {
    const { graph, labels } = loadGraphFile(p.path, p.comment);
    const { offsets, targets } = graph.following;
    const edges = new EdgeBuffer(graph.m + 16);
    const reason = new Uint8Array(graph.m + 16);
    for (let u = 0; u < graph.n; u++) {
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
        const v = targets[e]!;
        reason[edges.length] = findEdge(graph.following, v, u) >= 0 ? FollowReason.reciprocal : FollowReason.global;
        edges.push(u, v);
      }
    }
    return { edges, reason, community: new Uint32Array(graph.n), labels };
  },
});
