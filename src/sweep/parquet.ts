/**
 * rows.parquet from rows.csv through DuckDB (`@duckdb/node-api`), with explicit column types so a
 * reader gets numbers as numbers: `cell` text, each swept parameter DOUBLE when every value of it
 * in the experiment is a number (BOOLEAN when all are true/false, else text), `seed` BIGINT,
 * `tick` INTEGER, `scorer` and `measure` text, `value` DOUBLE (an empty cell, e.g. an undefined
 * measure, is NULL). DuckDB is imported only here and only when called, so other commands never
 * load it. The file is written to a temporary name and renamed.
 * Reference: DuckDB `read_csv` and `COPY ... TO ... (FORMAT parquet)` (duckdb.org/docs).
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GoodhartError } from '../errors.js';
import type { Experiment, SettingValue } from './experiment.js';
import { experimentPointValues } from './values.js';
import { tempPath } from './files.js';

/** The DuckDB type of each column of the rows, in column order. */
export function rowTypes(e: Experiment): [string, string][] {
  const values = experimentPointValues(e);
  const typeOf = (vs: readonly SettingValue[]) =>
    vs.every((v) => typeof v === 'number') ? 'DOUBLE' : vs.every((v) => typeof v === 'boolean') ? 'BOOLEAN' : 'VARCHAR';
  return [
    ['cell', 'VARCHAR'],
    ...e.parameters.map((p): [string, string] => [p, typeOf(values.get(p) ?? [])]),
    ['seed', 'BIGINT'],
    ['tick', 'INTEGER'],
    ['scorer', 'VARCHAR'],
    ['measure', 'VARCHAR'],
    ['value', 'DOUBLE'],
  ];
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Write `dir`/rows.parquet from `dir`/rows.csv (see module doc). */
export async function writeRowsParquet(dir: string, e: Experiment): Promise<void> {
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch (err) {
    throw new GoodhartError(
      `rows.parquet not written: DuckDB (@duckdb/node-api) did not load (${(err as Error).message}); rows.csv is complete`,
    );
  }
  const { DuckDBInstance } = duckdb;
  const csv = join(dir, 'rows.csv');
  const out = join(dir, 'rows.parquet');
  const tmp = tempPath(out);
  const columns = `{${rowTypes(e)
    .map(([n, t]) => `${sqlString(n)}: ${sqlString(t)}`)
    .join(', ')}}`;
  const db = await DuckDBInstance.create(':memory:');
  try {
    const con = await db.connect();
    try {
      await con.run(
        `COPY (SELECT * FROM read_csv(${sqlString(csv)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, columns = ${columns})) TO ${sqlString(tmp)} (FORMAT parquet)`,
      );
    } finally {
      con.closeSync();
    }
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new GoodhartError(`rows.parquet not written: DuckDB said ${(err as Error).message.split('\n')[0]}; rows.csv is complete`);
  } finally {
    db.closeSync();
  }
  renameSync(tmp, out);
}
