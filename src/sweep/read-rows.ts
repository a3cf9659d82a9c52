/**
 * Reading a sweep's rows.csv back as records (for notebooks and tests): numbers as numbers, an
 * empty cell as null, quoted fields per RFC 4180 (our writer's `'`-prefix of formula-like text is
 * kept as written). The whole file is read: meant for small sweeps; query a large one's
 * rows.parquet with DuckDB instead (docs/sweeps.md). Reference: RFC 4180.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECIMAL_NUMBER } from '../params.js';

/** One row of rows.csv: cell, the swept parameters, seed, tick, scorer, measure, value. */
export type SweepRowRecord = Record<string, string | number | null>;

/** Split one CSV line into fields (RFC 4180 quoting; no line breaks inside fields). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error('splitCsvLine: unterminated quote');
        v += line.slice(i, q);
        if (line[q + 1] === '"') {
          v += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(v);
    } else {
      const c = line.indexOf(',', i);
      out.push(line.slice(i, c < 0 ? line.length : c));
      i = c < 0 ? line.length : c;
    }
    if (i >= line.length) return out;
    i++; // the comma
    if (i === line.length) {
      out.push('');
      return out;
    }
  }
}

/** The rows of `<dir>/rows.csv` as records (see module doc). */
export function readSweepRows(dir: string): SweepRowRecord[] {
  const lines = readFileSync(join(dir, 'rows.csv'), 'utf8').split('\n');
  const header = splitCsvLine(lines[0]!);
  const rows: SweepRowRecord[] = [];
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const f = splitCsvLine(line);
    const r: SweepRowRecord = {};
    header.forEach((h, j) => {
      const v = f[j] ?? '';
      r[h] = v === '' ? null : h !== 'cell' && h !== 'scorer' && h !== 'measure' && DECIMAL_NUMBER.test(v) ? Number(v) : v;
    });
    rows.push(r);
  }
  return rows;
}
