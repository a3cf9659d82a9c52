/**
 * Edge-list reader for a user's own follow graph: one `follower,followee` pair per record.
 * It reads exactly what was written (issue 17.10):
 *
 * - Delimiter: comma (RFC 4180). A file whose first record has no comma and does not start with a
 *   quote is read as tab/space separated (SNAP-style `u<TAB>v`), where quotes have no meaning.
 * - Quoting (comma files, RFC 4180): a quoted field keeps every character between its quotes
 *   (spaces, commas, line breaks; `""` is one quote). Spaces and tabs outside quotes are not part
 *   of a field (`a , b` is `a`,`b`). A quote inside an unquoted field is an error.
 * - Header: the first record is a header only when it is, ignoring case, exactly one of
 *   {@link HEADERS} (`follower,followee`, `source,target`, `from,to`, `src,dst`,
 *   `follower_id,followee_id`, `source_id,target_id`); anything else, `u,v` included, is an edge.
 * - Comments: none by default, so a label starting with `#` or `%` is a label. With
 *   `comment: '#'` (CLI `--comment '#'`) a line whose first non-blank character is `#` is skipped
 *   and counted. Labels that look like comments are counted too, so the CLI can say so.
 * - Blank lines are skipped. Self-follows and repeated pairs are dropped (and counted).
 * - Node ids are assigned in order of first appearance; `labels[id]` is the text from the file.
 * A malformed record raises InputFormatError(file, 1-based line, what is wrong).
 * Reference: RFC 4180 (CSV); SNAP edge-list format (snap.stanford.edu/data).
 */
import { EdgeBuffer } from '../csr.js';
import { InputFormatError, ParameterError } from '../../errors.js';
import { followGraphFromEdges, type FollowGraph } from '../../model/follow-graph.js';
import { LabelIndex } from './label-index.js';

/** What a reader counted while reading a graph file. */
export interface ReadStats {
  /** Follows read (an undirected XML edge counts twice), before dropping any. */
  readonly edgesRead: number;
  /** Self-follows dropped. */
  readonly selfLoops: number;
  /** Repeated follows dropped. */
  readonly duplicates: number;
  /** Edge list: lines skipped as comments (only with a comment character). */
  readonly commentLines: number;
  /** Edge list: edges whose follower label starts with `#` or `%` and was read as a label. */
  readonly commentLikeLabels: number;
  /** Edge list: the header record as read (e.g. `source,target`), or null when there was none. */
  readonly header: string | null;
  /** GEXF/GraphML: edges that carried a weight, which the follow graph ignores. */
  readonly weightedEdges: number;
}

/** A follow graph read from a file, with each node's label from the file. */
export interface LoadedGraph {
  readonly graph: FollowGraph;
  /** Node label of each agent id (length graph.n). */
  readonly labels: string[];
  /** What was read, dropped, skipped or ignored. */
  readonly stats: ReadStats;
}

/** Options of {@link parseEdgeList}. */
export interface EdgeListOptions {
  /** One character that starts a comment line (e.g. `#`); default none: every line is data. */
  readonly comment?: string;
}

/** The header records recognised on the first line (compared ignoring case); nothing else is a header. */
export const HEADERS: readonly (readonly [string, string])[] = [
  ['follower', 'followee'],
  ['source', 'target'],
  ['from', 'to'],
  ['src', 'dst'],
  ['follower_id', 'followee_id'],
  ['source_id', 'target_id'],
];

/** Check a comment character: exactly one character that cannot be part of a record's syntax. */
export function checkCommentChar(value: string, field = '--comment'): string {
  if (value.length !== 1 || /[\s,"]/.test(value))
    throw new ParameterError(field, value, 'one character such as # or % (not a comma, quote, space or line break)');
  return value;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Parse edge-list text. `file` names the source in errors. O(total characters). */
export function parseEdgeList(text: string, file: string, options: EdgeListOptions = {}): LoadedGraph {
  const cc = options.comment !== undefined ? checkCommentChar(options.comment, 'comment').charCodeAt(0) : -1;
  const index = new LabelIndex(text);
  const edges = new EdgeBuffer(1 << 12);
  const r = new Int32Array(6); // up to 3 field ranges [start, end) of the current line
  let delim: 'comma' | 'space' | null = null;
  let lineNo = 0;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark at the very start
  let first = true;
  let header: string | null = null;
  let commentLines = 0;
  let commentLike = 0;
  let firstCommentLike = 0; // line of the first comment-like label (0: none), for hints
  let nextQuote = 0;
  const len = text.length;
  while (pos < len) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = len;
    const lineStart = pos;
    pos = end + 1;
    lineNo++;
    if (end > lineStart && text.charCodeAt(end - 1) === CR) end--;
    let s = lineStart;
    while (s < end && isBlank(text.charCodeAt(s))) s++;
    if (s === end) continue;
    const c0 = text.charCodeAt(s);
    if (c0 === cc) {
      commentLines++;
      continue;
    }
    delim ??= c0 === QUOTE || (text.indexOf(',', s) >= 0 && text.indexOf(',', s) < end) ? 'comma' : 'space';
    let a: number;
    let b: number;
    // Next quote anywhere at or after this line (searched again only once passed: O(length) overall).
    if (nextQuote !== -1 && nextQuote < lineStart) nextQuote = text.indexOf('"', lineStart);
    if (delim === 'comma' && nextQuote !== -1 && nextQuote < end) {
      // Slow path: a record with quoted fields, which may run over several lines.
      const rec = readQuotedRecord(text, lineStart, file, lineNo);
      if (rec.fields.length !== 2) throw fieldCountError(file, lineNo, text.slice(lineStart, end), rec.fields.length, cc, firstCommentLike);
      const [fa, fb] = rec.fields as [string, string];
      if (fa === '' || fb === '') throw new InputFormatError(file, lineNo, `empty ${fa === '' ? 'follower' : 'followee'} field`);
      lineNo += rec.lineBreaks;
      pos = rec.next;
      nextQuote = 0;
      const isFirst = first;
      first = false;
      if (isFirst && isHeader(fa, fb)) {
        header = `${fa},${fb}`;
        continue;
      }
      if (!rec.quoted0 && isCommentLike(fa.charCodeAt(0)) && commentLike++ === 0) firstCommentLike = lineNo - rec.lineBreaks;
      a = index.idOfString(fa);
      b = index.idOfString(fb);
    } else {
      const count = delim === 'comma' ? commaFields(text, lineStart, end, r) : spaceFields(text, s, end, r);
      if (count !== 2) throw fieldCountError(file, lineNo, text.slice(lineStart, end), count, cc, firstCommentLike);
      if (r[0] === r[1] || r[2] === r[3])
        throw new InputFormatError(file, lineNo, `empty ${r[0] === r[1] ? 'follower' : 'followee'} field`);
      const isFirst = first;
      first = false;
      if (isFirst && isHeader(text.slice(r[0]!, r[1]!), text.slice(r[2]!, r[3]!))) {
        header = `${text.slice(r[0]!, r[1]!)},${text.slice(r[2]!, r[3]!)}`;
        continue;
      }
      if (isCommentLike(c0) && commentLike++ === 0) firstCommentLike = lineNo;
      a = index.idOf(r[0]!, r[1]!);
      b = index.idOf(r[2]!, r[3]!);
    }
    edges.push(a, b);
  }
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
      commentLines,
      commentLikeLabels: commentLike,
      header,
      weightedEdges: 0,
    },
  };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isCommentLike(c: number): boolean {
  return c === 35 /* # */ || c === 37 /* % */;
}

function isHeader(a: string, b: string): boolean {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return HEADERS.some(([x, y]) => x === la && y === lb);
}

function fieldCountError(
  file: string,
  lineNo: number,
  line: string,
  count: number,
  cc: number,
  firstCommentLike: number,
): InputFormatError {
  const shown = line.length > 60 ? `${line.slice(0, 57)}...` : line;
  const t = line.trimStart();
  const hint =
    t !== '' && isCommentLike(t.charCodeAt(0)) && t.charCodeAt(0) !== cc
      ? ` (a comment line? comments are read only with --comment '${t[0]}')`
      : firstCommentLike > 0
        ? ` (line ${firstCommentLike} starts with # or % and was read as an edge: if it is a comment, use --comment)`
        : '';
  return new InputFormatError(file, lineNo, `expected 2 fields follower,followee but found ${count}: ${JSON.stringify(shown)}${hint}`);
}

/** Ranges of the comma-separated fields of text[s, e) into r (first 3), blanks around each left out; returns the field count. */
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

/** One RFC 4180 record read from `start`: its fields, where the next record starts, line breaks inside it. */
interface QuotedRecord {
  fields: string[];
  next: number;
  lineBreaks: number;
  /** Whether the first field was quoted. */
  quoted0: boolean;
}

/** Read one comma-separated record starting at `start` (line `lineNo`), honouring RFC 4180 quotes. */
function readQuotedRecord(text: string, start: number, file: string, lineNo: number): QuotedRecord {
  const fields: string[] = [];
  const len = text.length;
  let i = start;
  let lineBreaks = 0;
  let lineStart = start; // start of the physical line holding i (for columns)
  let quoted0 = false;
  let nl = text.indexOf('\n', start); // next line feed at or after the scan position (-1: none)
  const at = (k: number, detail: string) => new InputFormatError(file, lineNo + lineBreaks, `${detail} at column ${k - lineStart + 1}`);
  for (;;) {
    while (i < len && isBlank(text.charCodeAt(i))) i++;
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      if (fields.length === 0) quoted0 = true;
      const openLine = lineNo + lineBreaks;
      let j = i + 1;
      field = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new InputFormatError(file, openLine, `unterminated quote (opened at column ${i - lineStart + 1})`);
        field += text.slice(j, q);
        while (nl >= 0 && nl < q) {
          lineBreaks++;
          lineStart = nl + 1;
          nl = text.indexOf('\n', nl + 1);
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      while (i < len && isBlank(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (i < len && c !== COMMA && c !== LF && !(c === CR && (i + 1 === len || text.charCodeAt(i + 1) === LF)))
        throw at(i, 'text after a closing quote');
    } else {
      const a = i;
      while (i < len) {
        const c = text.charCodeAt(i);
        if (c === COMMA || c === LF) break;
        if (c === QUOTE) throw at(i, 'stray quote (a field with a quote must be quoted whole: "say ""hi""")');
        i++;
      }
      let b = i;
      while (b > a && (isBlank(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === CR)) b--;
      field = text.slice(a, b);
    }
    fields.push(field);
    if (i < len && text.charCodeAt(i) === CR) i++;
    if (i >= len) return { fields, next: len, lineBreaks, quoted0 };
    if (text.charCodeAt(i) === LF) return { fields, next: i + 1, lineBreaks, quoted0 };
    i++; // comma
  }
}
