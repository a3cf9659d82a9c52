/**
 * rows.csv: the header, then every finished cell's rows in cell-id order, streamed one cell file at
 * a time (the whole sweep is never in memory), written crash-safely; then rows.parquet from it.
 * No external source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Cell, toCsv } from '../io/csv.js';
import type { Experiment } from './experiment.js';
import { rowColumns } from './cell.js';
import { writeFileAtomic } from './files.js';
import { writeRowsParquet } from './parquet.js';

/** Write `dir`/rows.csv from the cell files of `ids` (in the order given, missing ones skipped); returns the number of rows. */
export function writeRowsCsv(dir: string, e: Experiment, ids: readonly string[]): number {
  let rows = 0;
  writeFileAtomic(join(dir, 'rows.csv'), (write) => {
    write(toCsv<Record<string, Cell>>(rowColumns(e), []));
    for (const id of ids) {
      const path = join(dir, 'cells', `${id}.csv`);
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8');
      const body = text.slice(text.indexOf('\n') + 1);
      rows += body.split('\n').length - 1;
      write(body);
    }
  });
  return rows;
}

/** rows.csv then rows.parquet (see module doc); returns the number of rows. */
export async function writeRows(dir: string, e: Experiment, ids: readonly string[]): Promise<number> {
  const n = writeRowsCsv(dir, e, ids);
  await writeRowsParquet(dir, e);
  return n;
}
