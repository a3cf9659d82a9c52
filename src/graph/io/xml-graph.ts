/**
 * GEXF and GraphML readers for a user's own follow graph, via graphology-gexf / graphology-graphml.
 * The XML is first parsed strictly (any xmldom warning or error becomes an InputFormatError with
 * its line), then handed to graphology's parser, then turned into a FollowGraph:
 * a directed edge a → b is "a follows b"; an undirected edge is a mutual follow (both directions).
 * Labels are the node ids of the file (`<node id="...">`), in file order.
 * Reference: GEXF 1.2 (gexf.net), GraphML (graphml.graphdrawing.org); graphology's parsers.
 */
import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { InputFormatError } from '../../errors.js';
import { followGraphFromEdges } from '../../model/follow-graph.js';
import { EdgeBuffer } from '../csr.js';
import type { LoadedGraph } from './edge-list.js';

/** A graphology graph that accepts any mix of directed, undirected and parallel edges. */
class AnyGraph extends MultiGraph {
  constructor(options?: object) {
    super({ ...options, type: 'mixed', multi: true });
  }
}

/** Parse GEXF text into a follow graph with node labels. */
export function parseGexf(text: string, file: string): LoadedGraph {
  return parseXmlGraph(text, file, 'gexf');
}

/** Parse GraphML text into a follow graph with node labels. */
export function parseGraphml(text: string, file: string): LoadedGraph {
  return parseXmlGraph(text, file, 'graphml');
}

function parseXmlGraph(text: string, file: string, format: 'gexf' | 'graphml'): LoadedGraph {
  // xmldom reports problems through callbacks and carries on; keep the first and fail after.
  let problem: string | null = null;
  const note = (msg: string): void => {
    problem ??= msg;
  };
  const doc = new DOMParser({ locator: {}, errorHandler: { warning: note, error: note, fatalError: note } }).parseFromString(text, 'application/xml');
  if (problem !== null) {
    const msg: string = problem;
    const m = /@#\[line:(\d+),col:(\d+)\]/.exec(msg);
    const clean = msg.replace(/\[xmldom (warning|error|fatalError)\]\s*/, '').replace(/\s*@#\[line:\w+,col:\w+\]/g, '').replace(/\s+/g, ' ').trim();
    throw new InputFormatError(file, m ? Number(m[1]) : null, `malformed XML: ${clean}`);
  }
  const root = doc.documentElement;
  if (!root || root.tagName.toLowerCase() !== format) throw new InputFormatError(file, 1, `not a ${format.toUpperCase()} file (root element ${root ? `<${root.tagName}>` : 'missing'})`);
  if (doc.getElementsByTagName('graph').length === 0) throw new InputFormatError(file, null, `no <graph> element`);
  // Check node references ourselves so the error names the line.
  const declared = new Set<string>();
  const nodes = doc.getElementsByTagName('node');
  for (let i = 0; i < nodes.length; i++) {
    const id = nodes[i]!.getAttribute('id');
    if (!id) throw new InputFormatError(file, lineOf(nodes[i]!), '<node> without an id');
    declared.add(id);
  }
  const edgeEls = doc.getElementsByTagName('edge');
  for (let i = 0; i < edgeEls.length; i++) {
    const el = edgeEls[i]!;
    for (const end of ['source', 'target']) {
      const ref = el.getAttribute(end);
      if (!ref) throw new InputFormatError(file, lineOf(el), `<edge> without a ${end}`);
      if (!declared.has(ref)) throw new InputFormatError(file, lineOf(el), `edge ${end} ${JSON.stringify(ref)} is not a declared node`);
    }
  }
  let g: MultiGraph;
  try {
    g = (format === 'gexf' ? gexf : graphml).parse(AnyGraph as unknown as typeof MultiGraph, doc as unknown as Document) as MultiGraph;
  } catch (e) {
    throw new InputFormatError(file, null, (e as Error).message.replace(/^graphology-\w+\/parser: /, ''));
  }
  const labels = g.nodes();
  const index = new Map<string, number>();
  labels.forEach((l, i) => index.set(l, i));
  const edges = new EdgeBuffer(g.size * 2);
  g.forEachEdge((_e, _a, s, t, _sa, _ta, undirected) => {
    edges.push(index.get(s)!, index.get(t)!);
    if (undirected) edges.push(index.get(t)!, index.get(s)!);
  });
  let selfLoops = 0;
  for (let i = 0; i < edges.length; i++) if (edges.src[i] === edges.dst[i]) selfLoops++;
  const graph = followGraphFromEdges(labels.length, edges.src, edges.dst, edges.length);
  return { graph, labels, stats: { edgesRead: edges.length, selfLoops, duplicates: edges.length - selfLoops - graph.m } };
}

function lineOf(el: unknown): number | null {
  const n = (el as { lineNumber?: unknown }).lineNumber;
  return typeof n === 'number' ? n : null;
}
