/**
 * Read a user's own follow graph from a file, choosing the reader by extension:
 * `.gexf` → GEXF, `.graphml` / `.xml` → GraphML, anything else (`.csv`, `.tsv`, `.txt`, `.edges`)
 * → edge list `follower,followee`. Errors name the file (and line when known).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputFormatError, ParameterError } from '../../errors.js';
import { parseEdgeList, type LoadedGraph } from './edge-list.js';
import { parseGexf, parseGraphml } from './xml-graph.js';

/** Graph file formats. */
export const GRAPH_FORMATS = ['edgelist', 'gexf', 'graphml'] as const;
/** One graph file format. */
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** The format implied by a file name's extension. */
export function graphFormatOf(path: string): GraphFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.gexf') return 'gexf';
  if (ext === '.graphml' || ext === '.xml') return 'graphml';
  return 'edgelist';
}

/** Parse graph text in a given format; `file` names the source in errors. */
export function parseGraph(text: string, file: string, format: GraphFormat): LoadedGraph {
  if (format === 'gexf') return parseGexf(text, file);
  if (format === 'graphml') return parseGraphml(text, file);
  if (format === 'edgelist') return parseEdgeList(text, file);
  throw new ParameterError('graph format', format, GRAPH_FORMATS.join(', '));
}

/** Read and parse a graph file (format from the extension unless given). */
export function readGraphFile(path: string, format: GraphFormat = graphFormatOf(path)): LoadedGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputFormatError(path, null, code === 'ENOENT' ? 'file not found' : `cannot read: ${(e as Error).message}`);
  }
  const g = parseGraph(text, path, format);
  if (g.graph.n === 0) throw new InputFormatError(path, null, 'the graph has no nodes');
  return g;
}
