// The one rows.csv reader (src/sweep/read-rows.ts) serving both the report's loadSweep and the
// API's readSweepRows: chunked streaming (lines and multi-byte characters across 64 KiB chunk
// edges, CRLF), RFC 4180 quotes with the formula guard undone, and the two readers agreeing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputFormatError } from '../../src/errors.js';
import { toCsv, type Cell } from '../../src/io/csv.js';
import { openRowsCsv, readSweepRows } from '../../src/sweep/read-rows.js';
import { loadSweep, seedValues } from '../../src/sweep/report/load.js';
import { cleanupFixtures, gridFixture, writeFixtureSweep } from './report/fixtures.js';

afterAll(cleanupFixtures);

describe('the rows.csv reader', () => {
  it('streams a file of many chunks: every row, multi-byte text and CRLF intact, formula guard undone', () => {
    const dir = writeFixtureSweep(gridFixture());
    const scorers = ['naïve-scoréééé', '=1+2', 'formula:a, b', 'say "hi"'];
    const n = 8000; // ~300 KiB: several 64 KiB chunks, with é and ï across some chunk edges
    // the first row's scorer padded until some 64 KiB chunk edge falls inside a two-byte character
    let rows: Record<string, Cell>[] = [];
    let text = '';
    const splitsChar = (t: string) => {
      const bytes = Buffer.from(t);
      for (let e = 65536; e < bytes.length; e += 65536) if ((bytes[e]! & 0xc0) === 0x80) return true;
      return false;
    };
    for (let pad = 0; pad < 64 && !splitsChar(text); pad++) {
      rows = [];
      for (let i = 0; i < n; i++)
        rows.push({
          cell: `c${String(i).padStart(6, '0')}`,
          x: i % 7,
          seed: 1 + (i % 3),
          tick: 4,
          scorer: i === 0 ? `pad${'-'.repeat(pad)}` : scorers[i % 4]!,
          measure: 'm',
          value: i / 8,
        });
      text = toCsv<Record<string, Cell>>(['cell', 'x', 'seed', 'tick', 'scorer', 'measure', 'value'], rows);
    }
    expect(splitsChar(text)).toBe(true);
    expect(text).toContain('"\'=1+2"'); // the writer guarded the formula-like id
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 65536);
    for (const [name, body] of [
      ['lf', text],
      ['crlf', text.replace(/\n/g, '\r\n')],
      ['no final newline', text.trimEnd()],
    ] as const) {
      writeFileSync(join(dir, 'rows.csv'), body);
      const got = readSweepRows(dir);
      expect(got, name).toHaveLength(n);
      got.forEach((r, i) => {
        if (r.cell !== rows[i]!.cell || r.scorer !== rows[i]!.scorer || r.value !== i / 8 || r.x !== i % 7)
          throw new Error(`${name}: row ${i} read as ${JSON.stringify(r)}`);
      });
    }
  });

  it('reads empty and NaN as null, ±Inf as numbers; names the file and line of a bad row', () => {
    const dir = writeFixtureSweep(gridFixture());
    writeFileSync(
      join(dir, 'rows.csv'),
      'cell,x,seed,tick,scorer,measure,value\nc000000,a,1,4,s,m,\nc000001,2,1,4,s,m,NaN\nc000002,2,1,4,s,m,-Inf\n',
    );
    expect(readSweepRows(dir).map((r) => [r.x, r.value])).toEqual([
      ['a', null],
      [2, null],
      [2, -Infinity],
    ]);
    writeFileSync(join(dir, 'rows.csv'), 'cell,x,seed,tick,scorer,measure,value\nc000000,1,1,4,s,m,1\nc000001,1,1,4,"s,m,1\n');
    expect(() => readSweepRows(dir)).toThrow(InputFormatError);
    expect(() => readSweepRows(dir)).toThrow(/rows\.csv:3: a quoted field is not closed on its line/);
    writeFileSync(join(dir, 'rows.csv'), 'cell,x,seed,tick,scorer,measure,value\nc000000,1,1,4,s,m\n');
    expect(() => readSweepRows(dir)).toThrow(/rows\.csv:2: expected 7 fields, found 6/);
    writeFileSync(join(dir, 'rows.csv'), 'cell,x,seed,scorer,measure,value\n');
    expect(() => openRowsCsv(dir)).toThrow(/rows\.csv:1: expected the header/);
  });

  it("readSweepRows and the report's loadSweep read the same numbers from one folder", async () => {
    const spec = { ...gridFixture(), ticks: [5, 10] };
    const dir = writeFixtureSweep(spec);
    const records = readSweepRows(dir);
    const data = await loadSweep(dir);
    expect(data.rows).toBe(records.length);
    expect(data.params).toEqual(openRowsCsv(dir).params);
    let checked = 0;
    for (const r of records) {
      if (r.tick !== 10 || String(r.measure).startsWith('claim:')) continue;
      const point = data.points.findIndex((p) => data.params.every((name, j) => p.values[j] === r[name]));
      const v = seedValues(data, point, String(r.scorer), String(r.measure))[data.seeds.indexOf(Number(r.seed))]!;
      expect(Number.isNaN(v) ? null : v).toBe(r.value);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
