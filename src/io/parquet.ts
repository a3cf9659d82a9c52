/**
 * The project's one Parquet writer: tables given as CSV text with explicit DuckDB column types ─▶
 * Parquet bytes (typed columns, the same rows in the same order), through DuckDB
 * (`@duckdb/node-api`):
 *
 *   CSV text (RFC 4180, no formula guard) ─▶ private temporary folder
 *            ─▶ DuckDB: COPY (SELECT * FROM read_csv(..., explicit column types)) TO parquet ─▶ bytes
 *
 * DuckDB runs on one thread so the bytes are the same on every machine. It is imported only here
 * and only when called (its first import costs about half a second), so callers that write no
 * Parquet never load it. Used by a run's Parquet copies (src/pipeline/parquet-tables.ts) and by
 * the external-scorer protocol's Parquet files (src/metrics/external/).
 * Reference: DuckDB `read_csv` and `COPY ... TO ... (FORMAT parquet)` (duckdb.org/docs); Apache Parquet format.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GoodhartError } from '../errors.js';

/** One table to copy: its CSV text (written with `formulaGuard: false`) and the DuckDB type of each column, in order. */
export interface ParquetTable {
  /** File name of the Parquet copy inside the results folder, e.g. `seed-3/scores.parquet`. */
  readonly name: string;
  readonly csv: string;
  readonly columns: readonly (readonly [string, string])[];
}

/** A {@link ParquetTable} whose CSV text is built only when its turn comes (and let go after). */
export interface LazyParquetTable extends Omit<ParquetTable, 'csv'> {
  /** The CSV text, or its UTF-8 bytes (a table too long for one string), or a function that builds either. */
  readonly csv: string | Uint8Array | (() => string | Uint8Array);
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Convert each table to Parquet bytes, by name (see module doc), one after the other. An empty text cell is NULL (an
 * account without a label). Throws a GoodhartError naming the table when DuckDB fails to read it,
 * or when DuckDB does not load (its message ends with `hint`, e.g. `; run with fewer accounts`).
 */
export async function parquetCopies(tables: readonly LazyParquetTable[], hint = ''): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (tables.length === 0) return out;
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch (err) {
    throw new GoodhartError(`Parquet copies not written: DuckDB (@duckdb/node-api) did not load (${(err as Error).message})${hint}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-parquet-'));
  const db = await duckdb.DuckDBInstance.create(':memory:', { threads: '1' });
  try {
    const con = await db.connect();
    try {
      for (const [i, t] of tables.entries()) {
        const csv = join(dir, `${i}.csv`);
        const parquet = join(dir, `${i}.parquet`);
        // A lazy table's text exists only for this write: a million-account table is hundreds of MB.
        writeFileSync(csv, typeof t.csv === 'function' ? t.csv() : t.csv);
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
