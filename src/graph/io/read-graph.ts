/**
 * Read a user's own follow graph from a file, choosing the reader by extension:
 * `.gexf` → GEXF, `.graphml` / `.xml` → GraphML, anything else (`.csv`, `.tsv`, `.txt`, `.edges`)
 * → edge list `follower,followee`. The bytes must be UTF-8 (see utf8.ts). Errors name the file
 * (and line when known); {@link readNotes} words what was skipped or ignored, for stderr.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputFormatError, ParameterError } from '../../errors.js';
import { parseEdgeList, type LoadedGraph } from './edge-list.js';
import { decodeUtf8 } from './utf8.js';
import { parseGexf, parseGraphml } from './xml-graph.js';

/** Graph file formats. */
export const GRAPH_FORMATS = ['edgelist', 'gexf', 'graphml'] as const;
/** One graph file format. */
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** Options of {@link readGraphFile}. */
export interface ReadOptions {
  /** Format (default: from the extension). */
  readonly format?: GraphFormat;
  /** Edge lists: the comment character (default: none). Ignored by GEXF/GraphML. */
  readonly comment?: string;
}

/** The format implied by a file name's extension. */
export function graphFormatOf(path: string): GraphFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.gexf') return 'gexf';
  if (ext === '.graphml' || ext === '.xml') return 'graphml';
  return 'edgelist';
}

/** Parse graph text in a given format; `file` names the source in errors. */
export function parseGraph(text: string, file: string, format: GraphFormat, options: Pick<ReadOptions, 'comment'> = {}): LoadedGraph {
  if (format === 'gexf') return parseGexf(text, file);
  if (format === 'graphml') return parseGraphml(text, file);
  if (format === 'edgelist') return parseEdgeList(text, file, options);
  throw new ParameterError('graph format', format, GRAPH_FORMATS.join(', '));
}

/** Read and parse a graph file (format from the extension unless given). */
export function readGraphFile(path: string, options: ReadOptions = {}): LoadedGraph {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputFormatError(
      path,
      null,
      code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a graph file' : `cannot read: ${(e as Error).message}`,
    );
  }
  const g = parseGraph(decodeUtf8(bytes, path), path, options.format ?? graphFormatOf(path), options);
  if (g.graph.n === 0) throw new InputFormatError(path, null, 'the graph has no nodes');
  return g;
}

/**
 * One line per thing a user should know about how a file was read: comment lines skipped, labels
 * that look like comments, weights ignored, follows dropped. A header line from the fixed list is
 * expected and not worded (it is in `stats.header`, and `goodhart score` records it in its meta).
 */
export function readNotes(file: string, g: LoadedGraph): string[] {
  const s = g.stats;
  const out: string[] = [];
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  if (s.commentLines > 0) out.push(`${file}: skipped ${plural(s.commentLines, 'comment line')}`);
  if (s.commentLikeLabels > 0)
    out.push(
      `${file}: ${plural(s.commentLikeLabels, 'edge')} whose follower label starts with # or % read as ${s.commentLikeLabels === 1 ? 'an edge' : 'edges'} (to skip such lines as comments: --comment '#')`,
    );
  if (s.weightedEdges > 0)
    out.push(`${file}: ${plural(s.weightedEdges, 'edge')} carried a weight, ignored (a follow graph has no weights)`);
  if (s.selfLoops > 0 || s.duplicates > 0)
    out.push(`${file}: dropped ${plural(s.selfLoops, 'self-follow')} and ${plural(s.duplicates, 'repeated follow')}`);
  return out;
}
