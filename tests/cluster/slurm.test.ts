// Sweeps on a real Slurm cluster: the one-node cluster of scripts/slurm-local.sh (.ci/run starts it).
// (a) the harness: a 3-task array sees SLURM_ARRAY_TASK_ID/COUNT/MIN, and shardFromEnv reads each
//     task's real environment as shard i of 3;
// (b) the sweep: `goodhart sweep slurm` writes the script, sbatch runs it, `goodhart sweep merge`
//     unites the shards, and the result equals `goodhart sweep` on this machine: rows.csv byte for
//     byte, rows.parquet row for row (read back through DuckDB).
// Under CI a Slurm that is not up fails these tests; elsewhere they are skipped with the reason.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shardFromEnv } from '../../src/sweep/shard.js';
import { ROOT, goodhart } from '../helpers/cli.js';
import { assertSlurmUp, slurmSkipReason, submitAndWait } from '../helpers/slurm.js';

const skip = slurmSkipReason();
const tmp = mkdtempSync(join(tmpdir(), 'goodhart-slurm-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file of a folder with its content, for a failure message. */
function dump(dir: string): string {
  if (!existsSync(dir)) return `(${dir} does not exist)`;
  return readdirSync(dir)
    .map((f) => `--- ${f}\n${readFileSync(join(dir, f), 'utf8')}`)
    .join('\n');
}

/** The rows of a parquet file compared with another's through DuckDB: counts, columns, and rows missing either way. */
async function compareParquet(
  a: string,
  b: string,
): Promise<{ rowsA: number; rowsB: number; columnsA: string; columnsB: string; onlyA: number; onlyB: number }> {
  // Loaded by name: @duckdb/node-api comes with the sweep (it writes rows.parquet).
  const duckdbModule = '@duckdb/node-api';
  const { DuckDBInstance } = await import(/* @vite-ignore */ duckdbModule);
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  const q = async (sql: string): Promise<unknown[][]> => (await con.runAndReadAll(sql)).getRows();
  const lit = (p: string) => `'${p.replaceAll("'", "''")}'`;
  const count = async (sql: string) => Number((await q(`SELECT count(*) FROM (${sql})`))[0]![0]);
  const columns = async (p: string) => JSON.stringify((await q(`DESCRIBE SELECT * FROM read_parquet(${lit(p)})`)).map((r) => [r[0], r[1]]));
  const all = (p: string) => `SELECT * FROM read_parquet(${lit(p)})`;
  const result = {
    rowsA: await count(all(a)),
    rowsB: await count(all(b)),
    columnsA: await columns(a),
    columnsB: await columns(b),
    onlyA: await count(`${all(a)} EXCEPT ALL ${all(b)}`),
    onlyB: await count(`${all(b)} EXCEPT ALL ${all(a)}`),
  };
  con.closeSync?.();
  return result;
}

describe('Slurm', () => {
  it.skipIf(skip !== null)(
    '(a) a 3-task array sees its task id, count and min, and shardFromEnv reads them as shards 1..3 of 3',
    async () => {
      assertSlurmUp();
      const dir = join(tmp, 'harness');
      mkdirSync(dir);
      const script = join(dir, 'array.sh');
      writeFileSync(
        script,
        [
          '#!/bin/bash',
          '#SBATCH --array=1-3',
          `#SBATCH --output="${dir}/log-%a.out"`,
          'set -eu',
          'printf "%s %s %s\\n" "$SLURM_ARRAY_TASK_ID" "$SLURM_ARRAY_TASK_COUNT" "$SLURM_ARRAY_TASK_MIN" > "task-$SLURM_ARRAY_TASK_ID.txt"',
          'env | grep "^SLURM_ARRAY_" | sort > "env-$SLURM_ARRAY_TASK_ID.txt"',
          '',
        ].join('\n'),
      );
      const id = await submitAndWait(script, { cwd: dir, timeoutMs: 120_000 });
      expect(id).toMatch(/^\d+$/);
      for (const i of [1, 2, 3]) {
        expect(existsSync(join(dir, `task-${i}.txt`)), dump(dir)).toBe(true);
        expect(readFileSync(join(dir, `task-${i}.txt`), 'utf8')).toBe(`${i} 3 1\n`);
        const env = Object.fromEntries(
          readFileSync(join(dir, `env-${i}.txt`), 'utf8')
            .trim()
            .split('\n')
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
        );
        expect(env.SLURM_ARRAY_JOB_ID).toBe(id);
        expect(shardFromEnv(env)).toEqual({ index: i, count: 3 });
      }
    },
  );

  it.skipIf(skip !== null)('(b) a sweep in 3 Slurm shards, merged, equals the same sweep run on one machine', async () => {
    assertSlurmUp();
    const exp = join(ROOT, 'experiments', 'tiny.json');
    const d = join(tmp, 'cluster');
    const written = goodhart(['sweep', 'slurm', exp, '--shards', '3', '--out', d]);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    await submitAndWait(join(d, 'sweep.sbatch'), { timeoutMs: 600_000 });
    for (const i of [1, 2, 3]) {
      const shard = join(d, `shard-${i}`);
      expect(existsSync(join(shard, 'shard.json')), `shard ${i} wrote no shard.json; logs:\n${dump(join(d, 'logs'))}`).toBe(true);
      expect(JSON.parse(readFileSync(join(shard, 'shard.json'), 'utf8'))).toEqual({ index: i, count: 3 });
    }
    const m = join(tmp, 'merged');
    const merged = goodhart(['sweep', 'merge', m, join(d, 'shard-1'), join(d, 'shard-2'), join(d, 'shard-3')]);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    const l = join(tmp, 'local');
    const local = goodhart(['sweep', exp, '--out', l]);
    expect(local.code, local.stderr).toBe(0);
    const localCsv = readFileSync(join(l, 'rows.csv'));
    expect(localCsv.length).toBeGreaterThan(0);
    expect(readFileSync(join(m, 'rows.csv')).equals(localCsv)).toBe(true);
    const cmp = await compareParquet(join(m, 'rows.parquet'), join(l, 'rows.parquet'));
    expect(cmp.rowsA).toBeGreaterThan(0);
    expect(cmp.rowsA).toBe(cmp.rowsB);
    expect(cmp.columnsA).toBe(cmp.columnsB);
    expect(cmp.onlyA).toBe(0);
    expect(cmp.onlyB).toBe(0);
    // the canonical cells are all there: experiments/tiny.json's 2 × 2 grid × 2 seeds, as in the local run
    const cells = readdirSync(join(m, 'cells')).sort();
    expect(cells).toEqual(Array.from({ length: 8 }, (_, i) => `c${String(i).padStart(6, '0')}.csv`));
    expect(cells).toEqual(readdirSync(join(l, 'cells')).sort());
  });
});
