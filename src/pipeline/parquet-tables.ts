/**
 * Parquet copies of a run's per-account tables (agents, scores, truth) for large worlds, where the
 * CSVs run to hundreds of megabytes: typed columns (numbers as numbers), compressed, readable by
 * pandas, polars, R arrow and DuckDB itself. The CSVs are still written; the Parquet files hold the
 * same rows in the same order.
 *
 *   per-account rows ─▶ plain CSV (RFC 4180, no formula guard) in a private temporary folder
 *                    ─▶ DuckDB: COPY (SELECT * FROM read_csv(..., explicit column types)) TO parquet
 *                    ─▶ bytes, returned for the results folder (written atomically with the rest)
 *
 * DuckDB runs on one thread so the bytes are the same on every machine and at any `--threads`.
 * It is imported only here and only when called (its start-up costs about half a second), so small
 * runs and other commands never load it.
 * Reference: DuckDB `read_csv` and `COPY ... TO ... (FORMAT parquet)` (duckdb.org/docs); Apache Parquet format.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCATTER_POINT_LIMIT } from '../charts/score-vs-truth-density.js';
import { GoodhartError } from '../errors.js';

/** Worlds with more accounts than this get Parquet copies of their per-account tables (the same size at which scatters become density plots). */
export const PARQUET_MIN_AGENTS = SCATTER_POINT_LIMIT;

/** One table to copy: its CSV text (written with `formulaGuard: false`) and the DuckDB type of each column, in order. */
export interface ParquetTable {
  /** File name of the Parquet copy inside the results folder, e.g. `seed-3/scores.parquet`. */
  readonly name: string;
  readonly csv: string;
  readonly columns: readonly (readonly [string, string])[];
}

/** DuckDB column types of agents.csv (results/README.md); every count is an integer. */
export const AGENTS_PARQUET_COLUMNS: readonly (readonly [string, string])[] = [
  ['agent', 'INTEGER'],
  ['label', 'VARCHAR'],
  ['role', 'VARCHAR'],
  ['community', 'INTEGER'],
  ['attack_target', 'TINYINT'],
  ['verified', 'TINYINT'],
  ['consent', 'TINYINT'],
  ['minor', 'TINYINT'],
  ['followers', 'INTEGER'],
  ['following', 'INTEGER'],
  ['posts', 'INTEGER'],
  ['likes_received', 'INTEGER'],
  ['reshares_received', 'INTEGER'],
  ['replies_received', 'INTEGER'],
  ['mentions_received', 'INTEGER'],
  ['reactions_given', 'INTEGER'],
];

/** DuckDB column types of scores.csv: `agent` is text when the world came with node labels. */
export function scoresParquetColumns(labelled: boolean): [string, string][] {
  return [
    ['agent', labelled ? 'VARCHAR' : 'INTEGER'],
    ['scorer', 'VARCHAR'],
    ['score', 'DOUBLE'],
    ['rank', 'INTEGER'],
  ];
}

/** DuckDB column types of truth.csv, with the `label` column when the world came with node labels. */
export function truthParquetColumns(labelled: boolean): [string, string][] {
  return [
    ['agent', 'INTEGER'],
    ...(labelled ? [['label', 'VARCHAR'] as [string, string]] : []),
    ['estimate', 'DOUBLE'],
    ['stderr', 'DOUBLE'],
  ];
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Convert each table to Parquet bytes, by name (see module doc). An empty text cell is NULL (an
 * account without a label). Throws a GoodhartError naming the table when DuckDB fails to load or to read it.
 */
export async function parquetCopies(tables: readonly ParquetTable[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (tables.length === 0) return out;
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch (err) {
    throw new GoodhartError(
      `Parquet copies not written: DuckDB (@duckdb/node-api) did not load (${(err as Error).message}); run with fewer than ${PARQUET_MIN_AGENTS + 1} accounts to skip them`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-parquet-'));
  const db = await duckdb.DuckDBInstance.create(':memory:', { threads: '1' });
  try {
    const con = await db.connect();
    try {
      for (const [i, t] of tables.entries()) {
        const csv = join(dir, `${i}.csv`);
        const parquet = join(dir, `${i}.parquet`);
        writeFileSync(csv, t.csv);
        const columns = `{${t.columns.map(([n, ty]) => `${sqlString(n)}: ${sqlString(ty)}`).join(', ')}}`;
        try {
          await con.run(
            `COPY (SELECT * FROM read_csv(${sqlString(csv)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, columns = ${columns})) TO ${sqlString(parquet)} (FORMAT parquet)`,
          );
        } catch (err) {
          throw new GoodhartError(`${t.name} not written: DuckDB said ${(err as Error).message.split('\n')[0]}`);
        }
        out.set(t.name, new Uint8Array(readFileSync(parquet)));
        rmSync(csv);
        rmSync(parquet);
      }
    } finally {
      con.closeSync();
    }
  } finally {
    db.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
