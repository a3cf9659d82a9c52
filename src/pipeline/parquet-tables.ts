/**
 * Parquet copies of a run's per-account tables (agents, scores, truth) for large worlds, where the
 * CSVs run to hundreds of megabytes: typed columns (numbers as numbers), compressed, readable by
 * pandas, polars, R arrow and DuckDB itself. The CSVs are still written; the Parquet files hold the
 * same rows in the same order.
 *
 *   per-account rows ─▶ plain CSV (RFC 4180, no formula guard) ─▶ src/io/parquet.ts (DuckDB)
 *                    ─▶ bytes, returned for the results folder (written atomically with the rest)
 *
 * DuckDB runs on one thread so the bytes are the same on every machine and at any `--threads`.
 * It is imported only when Parquet is written (its start-up costs about half a second), so small
 * runs and other commands never load it.
 * Reference: DuckDB `read_csv` and `COPY ... TO ... (FORMAT parquet)` (duckdb.org/docs); Apache Parquet format.
 */
import { SCATTER_POINT_LIMIT } from '../charts/score-vs-truth-density.js';
import { parquetCopies as writeParquet, type LazyParquetTable, type ParquetTable } from '../io/parquet.js';

export type { LazyParquetTable, ParquetTable };

/** Worlds with more accounts than this get Parquet copies of their per-account tables (the same size at which scatters become density plots). */
export const PARQUET_MIN_AGENTS = SCATTER_POINT_LIMIT;

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

/**
 * Convert each table to Parquet bytes, by name, through the one Parquet writer (src/io/parquet.ts);
 * a table given as a function has its CSV text built only when its turn comes.
 * Throws a GoodhartError naming the table when DuckDB fails to load or to read it.
 */
export function parquetCopies(tables: readonly LazyParquetTable[]): Promise<Map<string, Uint8Array>> {
  return writeParquet(tables, `; run with fewer than ${PARQUET_MIN_AGENTS + 1} accounts to skip them`);
}
