/**
 * The one reader of a sweep's rows.csv, streamed: the file is read in 64 KiB chunks and handed on
 * one row at a time, so memory does not grow with the file. It serves both the report
 * (src/sweep/report/load.ts keeps only each cell's final-tick numbers) and the API's
 * {@link readSweepRows} (records for notebooks and tests). It checks the header
 * (`cell, <swept parameters…>, seed, tick, scorer, measure, value`) and each row's field count,
 * splits quoted fields per RFC 4180 and undoes the CSV writer's `'`-guard of formula-like text
 * (src/io/csv.ts); a malformed file is an InputFormatError naming the file and line.
 * Reference: RFC 4180 (CSV).
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { InputFormatError, ParameterError } from '../errors.js';
import { DECIMAL_NUMBER } from '../params.js';

/** One row of rows.csv: cell, the swept parameters, seed, tick, scorer, measure, value. */
export type SweepRowRecord = Record<string, string | number | null>;

/** The last five columns of rows.csv, after `cell` and the swept parameters. */
export const ROWS_TAIL = ['seed', 'tick', 'scorer', 'measure', 'value'] as const;

/** Split one CSV line into fields (RFC 4180 quotes; a field that spans lines is refused; the formula guard undone). */
export function splitCsvLine(line: string, file: string, lineNo: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new InputFormatError(file, lineNo, 'a quoted field is not closed on its line');
        s += line.slice(i, q);
        if (line[q + 1] === '"') {
          s += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // The CSV writer defuses formula-like text with a leading quote: undo it.
      out.push(/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
      if (i === line.length) return out;
      if (line[i] !== ',') throw new InputFormatError(file, lineNo, 'text after a closing quote');
      i++;
    } else {
      const c = line.indexOf(',', i);
      if (c < 0) {
        out.push(line.slice(i).trim());
        return out;
      }
      out.push(line.slice(i, c).trim());
      i = c + 1;
    }
  }
}

/** The lines of a text file (`\n` or `\r\n`), read in 64 KiB chunks; with their 1-based numbers. */
function* fileLines(file: string): Generator<readonly [line: string, lineNo: number]> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 16);
    const decoder = new StringDecoder('utf8');
    let tail = '';
    let lineNo = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      const text = tail + (n > 0 ? decoder.write(buf.subarray(0, n)) : decoder.end());
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        yield [text.slice(start, end), ++lineNo];
        start = nl + 1;
      }
      tail = text.slice(start);
      if (n === 0) break;
    }
    if (tail !== '') yield [tail.endsWith('\r') ? tail.slice(0, -1) : tail, ++lineNo];
  } finally {
    closeSync(fd);
  }
}

/** An opened rows.csv: its checked header, and its rows one at a time. */
export interface RowsCsv {
  /** The path read (for messages). */
  readonly file: string;
  /** Every column name, in order. */
  readonly columns: readonly string[];
  /** The swept parameters' columns (between `cell` and `seed`). */
  readonly params: readonly string[];
  /** The rows: each one's fields (as many as columns) and line number; blank lines skipped. */
  readonly rows: Generator<{ readonly fields: readonly string[]; readonly lineNo: number }>;
}

/**
 * Open `<dir>/rows.csv` for streaming: the header is read and checked now, the rows as they are
 * iterated. A missing rows.csv is a ParameterError (the sweep is not finished).
 */
export function openRowsCsv(dir: string): RowsCsv {
  const file = join(dir, 'rows.csv');
  if (!existsSync(file))
    throw new ParameterError(
      'sweep folder',
      dir,
      'a finished sweep folder (rows.csv is missing: run the same goodhart sweep again to finish it)',
    );
  const lines = fileLines(file);
  let first = lines.next();
  while (!first.done && first.value[0] === '') first = lines.next();
  if (first.done) throw new InputFormatError(file, 1, 'the file is empty (expected a header and rows)');
  const [headerLine, headerNo] = first.value;
  const columns = splitCsvLine(headerLine, file, headerNo);
  const n = columns.length;
  if (n < 6 || columns[0] !== 'cell' || ROWS_TAIL.some((c, i) => columns[n - ROWS_TAIL.length + i] !== c)) {
    lines.return(undefined);
    throw new InputFormatError(file, headerNo, 'expected the header cell,<swept parameters…>,seed,tick,scorer,measure,value');
  }
  function* rows(): Generator<{ readonly fields: readonly string[]; readonly lineNo: number }> {
    for (const [line, lineNo] of lines) {
      if (line === '') continue;
      const fields = splitCsvLine(line, file, lineNo);
      if (fields.length !== n) throw new InputFormatError(file, lineNo, `expected ${n} fields, found ${fields.length}`);
      yield { fields, lineNo };
    }
  }
  return { file, columns, params: columns.slice(1, n - ROWS_TAIL.length), rows: rows() };
}

/** Text columns of a record; every other column is a number when it reads as one. */
const TEXT_COLUMNS = new Set(['cell', 'scorer', 'measure']);

/**
 * The rows of `<dir>/rows.csv` as records, for notebooks and tests: numbers as numbers, an empty
 * cell (or NaN) as null, ±Inf as ±Infinity, other text as written. All rows are returned: for a
 * large sweep, iterate {@link openRowsCsv} or query rows.parquet with DuckDB (docs/sweeps.md).
 */
export function readSweepRows(dir: string): SweepRowRecord[] {
  const csv = openRowsCsv(dir);
  const out: SweepRowRecord[] = [];
  for (const { fields } of csv.rows) {
    const r: SweepRowRecord = {};
    csv.columns.forEach((h, j) => {
      const v = fields[j]!;
      if (TEXT_COLUMNS.has(h)) r[h] = v;
      else if (v === '' || v === 'NaN') r[h] = null;
      else if (v === 'Inf' || v === '-Inf') r[h] = v === 'Inf' ? Infinity : -Infinity;
      else r[h] = DECIMAL_NUMBER.test(v) ? Number(v) : v;
    });
    out.push(r);
  }
  return out;
}
