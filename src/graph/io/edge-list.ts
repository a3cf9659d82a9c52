/**
 * Edge-list reader for a user's own follow graph: one `follower,followee` pair per line.
 *
 * - Delimiter: comma; a file whose first data line has no comma is read as tab/space separated
 *   (SNAP-style `u<TAB>v`). Fields may be double-quoted ("a, b") with "" for a quote.
 * - Optional header: the first data line is a header when it names the columns, e.g.
 *   `follower,followee`, `source,target`, `from,to`, `src,dst` (see {@link HEADER_FIRST}).
 * - Blank lines and lines starting with `#` or `%` are skipped.
 * - Self-follows and repeated pairs are dropped (and counted).
 * - Node ids are assigned in order of first appearance; `labels[id]` is the text from the file.
 * A malformed line raises InputFormatError(file, 1-based line, what is wrong).
 * Reference: SNAP edge-list format (snap.stanford.edu/data); RFC 4180 for quoting.
 */
import { EdgeBuffer } from '../csr.js';
import { InputFormatError } from '../../errors.js';
import { followGraphFromEdges, type FollowGraph } from '../../model/follow-graph.js';

/** A follow graph read from a file, with each node's label from the file. */
export interface LoadedGraph {
  readonly graph: FollowGraph;
  /** Node label of each agent id (length graph.n). */
  readonly labels: string[];
  /** Edges in the file, and how many were dropped as self-follows or repeats. */
  readonly stats: { readonly edgesRead: number; readonly selfLoops: number; readonly duplicates: number };
}

/** Header names accepted for the first column. */
export const HEADER_FIRST = ['follower', 'source', 'from', 'src', 'u', 'follower_id', 'source_id', 'node1'];
/** Header names accepted for the second column. */
export const HEADER_SECOND = ['followee', 'target', 'to', 'dst', 'v', 'followee_id', 'target_id', 'node2'];

/** Parse edge-list text. `file` names the source in errors. */
export function parseEdgeList(text: string, file: string): LoadedGraph {
  const ids = new Map<string, number>();
  const labels: string[] = [];
  const edges = new EdgeBuffer(1 << 12);
  const idOf = (label: string): number => {
    let id = ids.get(label);
    if (id === undefined) {
      id = labels.length;
      ids.set(label, id);
      labels.push(label);
    }
    return id;
  };
  let delim: 'comma' | 'space' | null = null;
  let lineNo = 0;
  let pos = 0;
  let first = true;
  const len = text.length;
  if (text.charCodeAt(0) === 0xfeff) pos = 1; // byte-order mark
  while (pos < len) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = len;
    lineNo++;
    let line = text.slice(pos, end);
    pos = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const trimmed = line.trim();
    if (trimmed === '' || trimmed[0] === '#' || trimmed[0] === '%') continue;
    if (delim === null) delim = line.includes(',') ? 'comma' : 'space';
    const fields = delim === 'comma' ? splitComma(line, file, lineNo) : trimmed.split(/[\t ]+/);
    if (fields.length !== 2) {
      const shown = line.length > 60 ? `${line.slice(0, 57)}...` : line;
      throw new InputFormatError(file, lineNo, `expected 2 fields follower,followee but found ${fields.length}: ${JSON.stringify(shown)}`);
    }
    const a = fields[0]!.trim();
    const b = fields[1]!.trim();
    if (a === '' || b === '') throw new InputFormatError(file, lineNo, `empty ${a === '' ? 'follower' : 'followee'} field`);
    if (first) {
      first = false;
      if (HEADER_FIRST.includes(a.toLowerCase()) && HEADER_SECOND.includes(b.toLowerCase())) continue;
    }
    edges.push(idOf(a), idOf(b));
  }
  const n = labels.length;
  let selfLoops = 0;
  for (let i = 0; i < edges.length; i++) if (edges.src[i] === edges.dst[i]) selfLoops++;
  const graph = followGraphFromEdges(n, edges.src, edges.dst, edges.length);
  return { graph, labels, stats: { edgesRead: edges.length, selfLoops, duplicates: edges.length - selfLoops - graph.m } };
}

/** Split one comma-separated line, honouring double quotes. */
function splitComma(line: string, file: string, lineNo: number): string[] {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let cur = '';
  let i = 0;
  let quoted = false;
  let wasQuoted = false;
  while (i < line.length) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else cur += ch;
    } else if (ch === '"') {
      if (cur.trim() !== '' || wasQuoted) throw new InputFormatError(file, lineNo, `stray quote at column ${i + 1}`);
      quoted = true;
      wasQuoted = true;
      cur = '';
    } else if (ch === ',') {
      out.push(cur);
      cur = '';
      wasQuoted = false;
    } else {
      if (wasQuoted && ch.trim() !== '') throw new InputFormatError(file, lineNo, `text after a closing quote at column ${i + 1}`);
      cur += ch;
    }
    i++;
  }
  if (quoted) throw new InputFormatError(file, lineNo, 'unterminated quote');
  out.push(cur);
  return out;
}
