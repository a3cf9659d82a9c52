/**
 * GEXF and GraphML readers for a user's own follow graph, streamed through {@link XmlScanner}
 * (one pass, linear time, DOCTYPE/entities refused), straight into typed edge arrays.
 *
 * - A directed edge a → b is "a follows b"; an undirected edge is a mutual follow (both
 *   directions). GraphML: `<graph edgedefault>` (absent: undirected) and `<edge directed>`;
 *   GEXF: `<graph defaultedgetype>` (absent: undirected) and `<edge type>`, `mutual` = undirected.
 * - Labels are the node ids of the file (`<node id="...">`), in file order. An edge may name a
 *   node declared later in the file; a node it names that is never declared is an error.
 * - Nested graphs (a GraphML `<graph>` inside a `<node>`, GEXF `<nodes>` inside a `<node>`) are
 *   flattened: every node and edge is read. A file with two top-level `<graph>`s is refused.
 * - Weights: a follow has none, so edge weights (GEXF `weight="..."`, GraphML `<data>` under a
 *   `<key for="edge" attr.name="weight">`) are ignored and counted in `stats.weightedEdges`;
 *   the CLI reports the count. GraphML hyperedges are refused.
 * Reference: GEXF 1.2 (gexf.net/schema), GraphML (graphml.graphdrawing.org/specification);
 * defaults as in graphology-gexf / graphology-graphml, which this reader replaces.
 */
import { InputFormatError } from '../../errors.js';
import { followGraphFromEdges } from '../../model/follow-graph.js';
import { EdgeBuffer } from '../csr.js';
import type { LoadedGraph } from './edge-list.js';
import { LabelIndex } from './label-index.js';
import { XML_END, XML_EOF, XML_START, XmlScanner } from './xml-scanner.js';

/** Parse GEXF text into a follow graph with node labels. */
export function parseGexf(text: string, file: string): LoadedGraph {
  return parseXmlGraph(text, file, 'gexf');
}

/** Parse GraphML text into a follow graph with node labels. */
export function parseGraphml(text: string, file: string): LoadedGraph {
  return parseXmlGraph(text, file, 'graphml');
}

/** Edge ends not yet declared when the edge was read: resolved at the end of the file. */
class Pending {
  readonly labels: string[] = [];
  readonly lines: number[] = [];
  readonly ends: string[] = [];
  /** A negative placeholder id for `label` (first at `line`). */
  add(label: string, line: number, end: string): number {
    this.labels.push(label);
    this.lines.push(line);
    this.ends.push(end);
    return -this.labels.length;
  }
}

function parseXmlGraph(text: string, file: string, format: 'gexf' | 'graphml'): LoadedGraph {
  const x = new XmlScanner(text, file);
  const index = new LabelIndex(text);
  const edges = new EdgeBuffer(1 << 12);
  const undirected: number[] = []; // edge numbers to mirror
  const pending = new Pending();
  const src = new Int32Array(2); // ends of the current edge (negative: pending)
  const graphDirected: boolean[] = []; // one per open <graph>
  const weightKeys = new Set<string>();
  let topGraphs = 0;
  let weighted = 0;
  let edgeDepth = -1; // depth of the open <edge> (to see its <data>), or -1
  let edgeWeighted = false;
  let tok = x.next();
  if (tok === XML_START && x.local !== format)
    throw new InputFormatError(file, x.lineAt(x.tagStart), `not a ${format.toUpperCase()} file (root element <${x.local}>)`);
  for (; tok !== XML_EOF; tok = x.next()) {
    if (tok === XML_END) {
      if (x.local === 'graph') graphDirected.pop();
      else if (x.depth < edgeDepth) edgeDepth = -1;
      continue;
    }
    const name = x.local;
    if (name === 'edge') {
      if (graphDirected.length === 0) throw x.error(x.tagStart, '<edge> outside a <graph>');
      for (let end = 0; end < 2; end++) {
        const attr = end === 0 ? 'source' : 'target';
        const i = x.attrIndex(attr);
        if (i < 0 || x.valueEnd(i) === x.valueStart(i)) throw new InputFormatError(file, x.lineAt(x.tagStart), `<edge> without a ${attr}`);
        let id = x.plainValue(i) >= 0 ? index.find(x.valueStart(i), x.valueEnd(i)) : index.findString(x.value(i));
        if (id < 0) id = pending.add(x.value(i), x.lineAt(x.tagStart), attr);
        src[end] = id;
      }
      let directed = graphDirected[graphDirected.length - 1]!;
      if (format === 'graphml') {
        const d = x.attr('directed');
        if (d !== null) directed = boolAttr(x, d, 'directed');
      } else {
        const t = x.attr('type');
        if (t !== null) directed = gexfDirected(x, t, 'type');
        if (x.attrIndex('weight') >= 0) weighted++;
      }
      if (!directed) undirected.push(edges.length);
      edges.push(src[0]! >>> 0, src[1]! >>> 0);
      if (!x.selfClosing) {
        edgeDepth = x.depth;
        edgeWeighted = false;
      }
    } else if (name === 'node') {
      if (graphDirected.length === 0) throw x.error(x.tagStart, '<node> outside a <graph>');
      const i = x.attrIndex('id');
      if (i < 0 || x.valueEnd(i) === x.valueStart(i)) throw new InputFormatError(file, x.lineAt(x.tagStart), '<node> without an id');
      const plain = x.plainValue(i) >= 0;
      const label = plain ? '' : x.value(i);
      const before = index.labels.length;
      const id = plain ? index.idOf(x.valueStart(i), x.valueEnd(i)) : index.idOfString(label);
      if (id !== before)
        throw new InputFormatError(file, x.lineAt(x.tagStart), `node id ${JSON.stringify(index.labels[id])} declared twice`);
    } else if (name === 'graph') {
      if (graphDirected.length === 0 && topGraphs++ > 0)
        throw new InputFormatError(file, x.lineAt(x.tagStart), 'a second top-level <graph>: Goodhart reads one graph per file');
      const d = x.attr(format === 'graphml' ? 'edgedefault' : 'defaultedgetype');
      const directed = d === null ? false : format === 'graphml' ? edgeDefault(x, d) : gexfDirected(x, d, 'defaultedgetype');
      if (!x.selfClosing) graphDirected.push(directed);
    } else if (name === 'key' && format === 'graphml') {
      const forWhat = x.attr('for');
      const id = x.attr('id');
      if (id !== null && (forWhat === 'edge' || forWhat === 'all') && (x.attr('attr.name') ?? '').toLowerCase() === 'weight')
        weightKeys.add(id);
    } else if (name === 'data' && edgeDepth >= 0 && x.depth === edgeDepth + (x.selfClosing ? 0 : 1)) {
      const key = x.attr('key');
      if (!edgeWeighted && key !== null && weightKeys.has(key)) {
        edgeWeighted = true;
        weighted++;
      }
    } else if (name === 'hyperedge') {
      throw new InputFormatError(file, x.lineAt(x.tagStart), 'GraphML hyperedges are not supported (a follow joins two accounts)');
    }
  }
  if (topGraphs === 0) throw new InputFormatError(file, null, 'no <graph> element');
  resolvePending(file, index, pending, edges);
  for (const e of undirected) edges.push(edges.dst[e]!, edges.src[e]!);
  const labels = index.labels;
  let selfLoops = 0;
  for (let i = 0; i < edges.length; i++) if (edges.src[i] === edges.dst[i]) selfLoops++;
  const graph = followGraphFromEdges(labels.length, edges.src, edges.dst, edges.length);
  return {
    graph,
    labels,
    stats: {
      edgesRead: edges.length,
      selfLoops,
      duplicates: edges.length - selfLoops - graph.m,
      commentLines: 0,
      commentLikeLabels: 0,
      header: null,
      weightedEdges: weighted,
    },
  };
}

/** Replace placeholder ids (negative, stored as uint32) by declared nodes; the first undeclared one is an error. */
function resolvePending(file: string, index: LabelIndex, pending: Pending, edges: EdgeBuffer): void {
  if (pending.labels.length === 0) return;
  const ids = pending.labels.map((l, k) => {
    const id = index.findString(l);
    if (id < 0) throw new InputFormatError(file, pending.lines[k]!, `edge ${pending.ends[k]} ${JSON.stringify(l)} is not a declared node`);
    return id;
  });
  const fix = (v: number) => (v >= 0x80000000 ? ids[-(v | 0) - 1]! : v);
  for (let i = 0; i < edges.length; i++) {
    edges.src[i] = fix(edges.src[i]!);
    edges.dst[i] = fix(edges.dst[i]!);
  }
}

function boolAttr(x: XmlScanner, v: string, attr: string): boolean {
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new InputFormatError(x.file, x.lineAt(x.tagStart), `invalid ${attr}=${JSON.stringify(v)} (allowed: true, false)`);
}

function edgeDefault(x: XmlScanner, v: string): boolean {
  if (v === 'directed') return true;
  if (v === 'undirected') return false;
  throw new InputFormatError(x.file, x.lineAt(x.tagStart), `invalid edgedefault=${JSON.stringify(v)} (allowed: directed, undirected)`);
}

function gexfDirected(x: XmlScanner, v: string, attr: string): boolean {
  if (v === 'directed') return true;
  if (v === 'undirected' || v === 'mutual') return false;
  throw new InputFormatError(x.file, x.lineAt(x.tagStart), `invalid ${attr}=${JSON.stringify(v)} (allowed: directed, undirected, mutual)`);
}
