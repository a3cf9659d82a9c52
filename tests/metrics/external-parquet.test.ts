/**
 * Parquet in the external-scorer protocol (`--scorer-format`): with `csv` (the default) the folder
 * holds protocol 1's files only; with `both` the same tables also as Parquet, with `parquet` as
 * Parquet only. Read back through DuckDB, each Parquet file has the documented column types
 * (INTEGER → INT32, flags UTINYINT → INT32 with a UINT_8 annotation, `kind` VARCHAR) and exactly the
 * rows of its CSV, in the same order; the bytes are the same on every call. observation.json and
 * the environment name the files.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { simulate } from '../../src/engine/simulate.js';
import { commandScorer, type CommandLimits } from '../../src/metrics/command-scorer.js';
import { observationTables, PARQUET_FILES, PARQUET_TYPES, type TableName } from '../../src/metrics/external/observation-files.js';
import { getScenario } from '../../src/scenarios/registry.js';

const obs = simulate(
  resolveRunConfig(getScenario('baseline'), {
    seed: 4,
    agents: 150,
    ticks: 6,
    attacks: [{ id: 'engaging-bots', params: { budget: 60, targets: 2, bots: 5 } }],
  }),
).final.observation;
const dir = mkdtempSync(join(tmpdir(), 'scorer-parquet-'));
const TABLES = Object.keys(PARQUET_FILES) as TableName[];

/** Run a program that copies its observation folder to `to` and its GOODHART_ variables to `to`.env. */
function capture(format: CommandLimits['format'], to: string, persistent = false): void {
  const answer = `awk -v n=${obs.n} 'BEGIN { for (a = 0; a < n; a++) print a "," a }' </dev/null`;
  const cmd = persistent
    ? `while read d; do cp -r "$d" ${to}; env | grep ^GOODHART_ | sort > ${to}.env; ${answer}; echo end; done`
    : `cp -r "$GOODHART_OBSERVATION_DIR" ${to}; env | grep ^GOODHART_ | sort > ${to}.env; ${answer}`;
  commandScorer(cmd, { timeoutSeconds: 60, memoryMb: 0, format, persistent }).score(obs);
}

async function query(sql: string): Promise<unknown[][]> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  try {
    const con = await db.connect();
    try {
      return (await con.runAndReadAll(sql)).getRows() as unknown[][];
    } finally {
      con.closeSync();
    }
  } finally {
    db.closeSync();
  }
}

/** The CSV text's data rows as arrays of strings. */
const csvRows = (text: string) =>
  text
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

describe('Parquet files of the external-scorer protocol', () => {
  capture('csv', join(dir, 'csv'));
  capture('both', join(dir, 'both'));
  capture('parquet', join(dir, 'parquet'));
  capture('both', join(dir, 'both-2'), true);

  it('are offered per --scorer-format: none with csv, beside the CSVs with both, alone with parquet', () => {
    const csv = ['accounts.csv', 'edges.csv', 'events.csv', 'interactions.csv', 'observation.json', 'posts.csv'];
    const pq = Object.values(PARQUET_FILES).sort();
    expect(readdirSync(join(dir, 'csv')).sort()).toEqual(csv);
    expect(readdirSync(join(dir, 'both')).sort()).toEqual([...csv, ...pq].sort());
    expect(readdirSync(join(dir, 'parquet')).sort()).toEqual(['observation.json', ...pq].sort());
    const env = (f: string) => readFileSync(join(dir, `${f}.env`), 'utf8');
    expect(env('csv')).not.toMatch(/PARQUET|FORMAT/);
    expect(env('both')).toMatch(/^GOODHART_EDGES_PARQUET=\/.*\/edges\.parquet$/m);
    expect(env('both')).toMatch(/^GOODHART_SCORER_FORMAT=both$/m);
    expect(env('both')).toMatch(/^GOODHART_EDGES=\/.*\/edges\.csv$/m);
    expect(env('parquet')).toMatch(/^GOODHART_ACCOUNTS_PARQUET=/m);
    expect(env('parquet')).not.toMatch(/^GOODHART_EDGES=/m);
    const meta = (f: string) => JSON.parse(readFileSync(join(dir, f, 'observation.json'), 'utf8'));
    expect(meta('csv')).not.toHaveProperty('parquet');
    expect(meta('both').parquet).toEqual(PARQUET_FILES);
    expect(meta('both').parquetTypes.accounts).toMatchObject({ agent: 'INTEGER', verified: 'UTINYINT', posts: 'INTEGER' });
    expect(meta('parquet')).not.toHaveProperty('files');
  });

  it('hold the CSV rows in the same order with the documented types, the same bytes on every call', async () => {
    const tables = observationTables(obs);
    for (const t of TABLES) {
      const file = join(dir, 'both', PARQUET_FILES[t]);
      expect(readFileSync(join(dir, 'both', `${t}.csv`), 'utf8')).toBe(tables[t]);
      const types = await query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${file}')`);
      expect(types).toEqual(PARQUET_TYPES[t].map(([c, ty]) => [c, ty]));
      const rows = await query(`SELECT * FROM '${file}'`);
      expect(rows.map((r) => r.map(String))).toEqual(csvRows(tables[t]));
      expect(rows.length).toBeGreaterThan(t === 'accounts' ? obs.n - 1 : 0);
      // Byte-reproducible: the Parquet-only call and the persistent call wrote the same bytes.
      expect(readFileSync(join(dir, 'parquet', PARQUET_FILES[t]))).toEqual(readFileSync(file));
      expect(readFileSync(join(dir, 'both-2', PARQUET_FILES[t]))).toEqual(readFileSync(file));
    }
    const physical = await query(
      `SELECT name, type, converted_type FROM parquet_schema('${join(dir, 'both', 'accounts.parquet')}') WHERE name IN ('agent', 'minor')`,
    );
    expect(physical).toEqual([
      ['agent', 'INT32', 'INT_32'],
      ['minor', 'INT32', 'UINT_8'],
    ]);
    expect(existsSync(join(dir, 'csv', 'edges.parquet'))).toBe(false);
  }, 30_000);
});
