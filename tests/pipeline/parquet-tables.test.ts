/**
 * Parquet copies of the per-account tables: typed columns, the same rows and values as the CSV
 * (labels that the CSV defuses as formulas come back as they were, an empty label is NULL), and
 * the same bytes each time.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetCopies, scoresParquetColumns, truthParquetColumns } from '../../src/pipeline/parquet-tables.js';
import { scoresCsv, truthCsv } from '../../src/pipeline/tables.js';
import { dataSection } from '../../src/pipeline/report-input.js';

async function readBack(bytes: Uint8Array, sql: string): Promise<unknown[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-parquet-test-'));
  try {
    const file = join(dir, 't.parquet');
    writeFileSync(file, bytes);
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const r = await con.runAndReadAll(sql.replace('$F', `'${file}'`));
    con.closeSync();
    db.closeSync();
    return r.getRows() as unknown[][];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('parquetCopies', () => {
  const labels = ['=SUM(A1)', 'plain, with comma', '', '-dash "quoted"'];
  const scores = new Map([
    ['klout-like', Float64Array.of(0.1, -2.5e-7, 3, 1 / 3)],
    ['@odd', Float64Array.of(1, 1, 0, 5)],
  ]);
  const truth = { estimate: Float64Array.of(0, 1.25, 7 / 3, 1e-9), stderr: Float64Array.of(0, 0.5, 0.1, 1e-12) };
  const tables = () => [
    { name: 'scores.parquet', csv: scoresCsv(scores, labels, { formulaGuard: false }), columns: scoresParquetColumns(true) },
    {
      name: 'truth.parquet',
      csv: truthCsv(truth as never, labels, { formulaGuard: false }),
      columns: truthParquetColumns(true),
    },
  ];

  it('keeps every row, every value exactly and every label as it was, with typed columns', async () => {
    const out = await parquetCopies(tables());
    expect([...out.keys()]).toEqual(['scores.parquet', 'truth.parquet']);
    const types = await readBack(out.get('truth.parquet')!, 'SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM $F)');
    expect(types).toEqual([
      ['agent', 'INTEGER'],
      ['label', 'VARCHAR'],
      ['estimate', 'DOUBLE'],
      ['stderr', 'DOUBLE'],
    ]);
    const t = await readBack(out.get('truth.parquet')!, 'SELECT agent, label, estimate, stderr FROM $F');
    expect(t).toEqual([
      [0, '=SUM(A1)', 0, 0],
      [1, 'plain, with comma', 1.25, 0.5],
      [2, null, 7 / 3, 0.1],
      [3, '-dash "quoted"', 1e-9, 1e-12],
    ]);
    const s = await readBack(out.get('scores.parquet')!, 'SELECT agent, scorer, score, rank FROM $F');
    expect(s).toHaveLength(8);
    expect(s[1]).toEqual(['plain, with comma', 'klout-like', -2.5e-7, 4]);
    expect(s[4]).toEqual(['=SUM(A1)', '@odd', 1, 2]);
  });

  it('gives the same bytes each time', async () => {
    const a = await parquetCopies(tables());
    const b = await parquetCopies(tables());
    expect(Buffer.from(a.get('scores.parquet')!).equals(Buffer.from(b.get('scores.parquet')!))).toBe(true);
    expect(Buffer.from(a.get('truth.parquet')!).equals(Buffer.from(b.get('truth.parquet')!))).toBe(true);
  });

  it('names the table when DuckDB cannot read it', async () => {
    await expect(
      parquetCopies([{ name: 'seed-2/truth.parquet', csv: 'agent,estimate,stderr\nx,1,2\n', columns: truthParquetColumns(false) }]),
    ).rejects.toThrow(/seed-2\/truth\.parquet not written: DuckDB said/);
  });
});

describe('the report section linking the per-account tables', () => {
  it('lists each CSV beside its Parquet copy, seed by seed, and is absent without Parquet files', () => {
    expect(dataSection(['agents.csv', 'scores.csv', 'report.html'])).toBeUndefined();
    const s = dataSection([
      'seed-1/agents.csv',
      'seed-1/truth.csv',
      'seed-2/truth.csv',
      'seed-1/agents.parquet',
      'seed-1/truth.parquet',
      'seed-2/truth.parquet',
    ])!;
    expect(s.links!.map((l) => l.href)).toEqual([
      'seed-1/agents.csv',
      'seed-1/agents.parquet',
      'seed-1/truth.csv',
      'seed-1/truth.parquet',
      'seed-2/truth.csv',
      'seed-2/truth.parquet',
    ]);
  });
});
