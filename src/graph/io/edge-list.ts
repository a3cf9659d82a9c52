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

/** Parse edge-list text. `file` names the source in errors. O(total characters); see {@link LabelIndex}. */
export function parseEdgeList(text: string, file: string): LoadedGraph {
  const index = new LabelIndex(text);
  const edges = new EdgeBuffer(1 << 12);
  const r = new Int32Array(6); // up to 3 field ranges [start, end) of the current line
  let delim: 'comma' | 'space' | null = null;
  let lineNo = 0;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0; // skip a byte-order mark
  let first = true;
  let nextQuote = 0;
  const len = text.length;
  while (pos < len) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = len;
    const lineStart = pos;
    pos = end + 1;
    lineNo++;
    if (end > lineStart && text.charCodeAt(end - 1) === 13) end--; // CRLF
    let s = lineStart;
    while (s < end && isBlank(text.charCodeAt(s))) s++;
    if (s === end) continue;
    const c0 = text.charCodeAt(s);
    if (c0 === 35 /* # */ || c0 === 37 /* % */) continue;
    if (delim === null) {
      const comma = text.indexOf(',', s);
      delim = comma >= 0 && comma < end ? 'comma' : 'space';
    }
    let a: number;
    let b: number;
    // Next quote anywhere at or after this line (searched again only once passed: O(length) overall).
    if (nextQuote !== -1 && nextQuote < s) nextQuote = text.indexOf('"', s);
    if (delim === 'comma' && nextQuote !== -1 && nextQuote < end) {
      // Slow path: quoted fields.
      const line = text.slice(lineStart, end);
      const fields = splitComma(line, file, lineNo);
      if (fields.length !== 2) throw fieldCountError(file, lineNo, line, fields.length);
      const fa = fields[0]!.trim();
      const fb = fields[1]!.trim();
      if (fa === '' || fb === '') throw new InputFormatError(file, lineNo, `empty ${fa === '' ? 'follower' : 'followee'} field`);
      if (first && (first = false, isHeader(fa, fb))) continue;
      a = index.idOfString(fa);
      b = index.idOfString(fb);
    } else {
      const count = delim === 'comma' ? commaFields(text, lineStart, end, r) : spaceFields(text, s, end, r);
      if (count !== 2) throw fieldCountError(file, lineNo, text.slice(lineStart, end), count);
      if (r[0] === r[1] || r[2] === r[3]) throw new InputFormatError(file, lineNo, `empty ${r[0] === r[1] ? 'follower' : 'followee'} field`);
      if (first && (first = false, isHeader(text.slice(r[0]!, r[1]!), text.slice(r[2]!, r[3]!)))) continue;
      a = index.idOf(r[0]!, r[1]!);
      b = index.idOf(r[2]!, r[3]!);
    }
    edges.push(a, b);
  }
  const labels = index.labels;
  let selfLoops = 0;
  for (let i = 0; i < edges.length; i++) if (edges.src[i] === edges.dst[i]) selfLoops++;
  const graph = followGraphFromEdges(labels.length, edges.src, edges.dst, edges.length);
  return { graph, labels, stats: { edgesRead: edges.length, selfLoops, duplicates: edges.length - selfLoops - graph.m } };
}

/**
 * Node ids by label, assigned in order of first appearance. Labels that are canonical decimal
 * integers (no sign, no leading zero, < 10^9) are looked up by number without making a string,
 * which is what keeps a 6.5-million-line file fast; other labels by string. "007" and "7" stay
 * distinct labels (only "7" is canonical).
 */
class LabelIndex {
  readonly labels: string[] = [];
  private readonly byNumber = new Map<number, number>();
  private readonly byString = new Map<string, number>();
  constructor(private readonly text: string) {}

  /** Id of the label text[start, end). */
  idOf(start: number, end: number): number {
    const t = this.text;
    const len = end - start;
    if (len <= 9 && (len === 1 || t.charCodeAt(start) !== 48)) {
      let x = 0;
      let k = start;
      for (; k < end; k++) {
        const d = t.charCodeAt(k) - 48;
        if (d < 0 || d > 9) break;
        x = x * 10 + d;
      }
      if (k === end) {
        let id = this.byNumber.get(x);
        if (id === undefined) {
          id = this.labels.length;
          this.byNumber.set(x, id);
          this.labels.push(t.slice(start, end));
        }
        return id;
      }
    }
    return this.idOfString(t.slice(start, end));
  }

  /** Id of a label given as a string. */
  idOfString(label: string): number {
    if (/^(0|[1-9][0-9]{0,8})$/.test(label)) return this.idOfNumber(Number(label), label);
    let id = this.byString.get(label);
    if (id === undefined) {
      id = this.labels.length;
      this.byString.set(label, id);
      this.labels.push(label);
    }
    return id;
  }

  private idOfNumber(x: number, label: string): number {
    let id = this.byNumber.get(x);
    if (id === undefined) {
      id = this.labels.length;
      this.byNumber.set(x, id);
      this.labels.push(label);
    }
    return id;
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isHeader(a: string, b: string): boolean {
  return HEADER_FIRST.includes(a.toLowerCase()) && HEADER_SECOND.includes(b.toLowerCase());
}

function fieldCountError(file: string, lineNo: number, line: string, count: number): InputFormatError {
  const shown = line.length > 60 ? `${line.slice(0, 57)}...` : line;
  return new InputFormatError(file, lineNo, `expected 2 fields follower,followee but found ${count}: ${JSON.stringify(shown)}`);
}

/** Trimmed ranges of the comma-separated fields of text[s, e) into r (first 3); returns the field count. */
function commaFields(text: string, s: number, e: number, r: Int32Array): number {
  let count = 0;
  let start = s;
  for (;;) {
    let comma = text.indexOf(',', start);
    if (comma < 0 || comma > e) comma = e;
    let a = start;
    let b = comma;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    if (count < 3) {
      r[2 * count] = a;
      r[2 * count + 1] = b;
    }
    count++;
    if (comma === e) return count;
    start = comma + 1;
  }
}

/** Ranges of the whitespace-separated fields of text[s, e) into r (first 3); returns the field count. */
function spaceFields(text: string, s: number, e: number, r: Int32Array): number {
  let count = 0;
  let k = s;
  while (k < e) {
    while (k < e && isBlank(text.charCodeAt(k))) k++;
    if (k === e) break;
    const a = k;
    while (k < e && !isBlank(text.charCodeAt(k))) k++;
    if (count < 3) {
      r[2 * count] = a;
      r[2 * count + 1] = k;
    }
    count++;
  }
  return count;
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
