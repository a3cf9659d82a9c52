// A sweep run in-process: the same rows for 1 and 2 workers, a cell the model refuses recorded as
// failed while the others go on, a resumed sweep that runs only the missing cells, and a cell's
// rows equal to the pipeline's own drift rows for that RunConfig.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeSweeps, sweep, readSweepRows } from '../../src/api.js';
import { readExperimentFile, runExperimentSweep } from '../../src/sweep/run.js';
import { experimentCells } from '../../src/sweep/cells.js';
import { cellRunConfig } from '../../src/sweep/cell.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { runReplicate } from '../../src/pipeline/replicate.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { getScorer } from '../../src/metrics/registry.js';
import { ROOT } from '../helpers/cli.js';

const FILE = join(ROOT, 'tests', 'fixtures', 'sweep-tiny.json');
const root = mkdtempSync(join(tmpdir(), 'goodhart-sweep-run-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const rowsOf = (dir: string) => readFileSync(join(dir, 'rows.csv'), 'utf8');

describe('sweep (in-process)', () => {
  let one = '';
  it('writes every cell, rows.csv in cell order and rows.parquet', async () => {
    const out = await sweep(FILE, { out: join(root, 'w1'), workers: 1 });
    expect(out).toMatchObject({ cells: 8, skipped: 0, failed: [] });
    expect(readdirSync(join(out.dir, 'cells')).sort()).toEqual(experimentCells(readExperimentFile(FILE)).map((c) => `${c.id}.csv`));
    one = rowsOf(out.dir);
    const lines = one.trimEnd().split('\n');
    expect(lines[0]).toBe('cell,activity.activityScale,roles.broadcaster,seed,tick,scorer,measure,value');
    // 2 scorers + the noise ceiling, 2 measures, at the final tick; then 3 claims: 9 rows a cell.
    expect(out.rows).toBe(8 * 9);
    expect(lines).toHaveLength(1 + 8 * 9);
    const cellsInOrder = lines.slice(1).map((l) => l.split(',')[0]);
    expect([...cellsInOrder].sort()).toEqual(cellsInOrder);
    expect(lines.filter((l) => l.includes(',claim:'))).toHaveLength(8 * 3);
    expect(existsSync(join(out.dir, 'rows.parquet'))).toBe(true);
    const rows = readSweepRows(out.dir);
    expect(rows[0]).toMatchObject({
      cell: 'c000000',
      'activity.activityScale': 0.5,
      seed: 1,
      tick: 5,
      scorer: 'follower-count',
      measure: 'spearman',
    });
  });

  it('rows.parquet holds the same rows, typed', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const file = join(root, 'w1', 'rows.parquet').replace(/'/g, "''");
    const types = (await con.runAndReadAll(`DESCRIBE SELECT * FROM '${file}'`))
      .getRowObjectsJson()
      .map((r) => `${r.column_name}:${r.column_type}`);
    expect(types).toEqual([
      'cell:VARCHAR',
      'activity.activityScale:DOUBLE',
      'roles.broadcaster:DOUBLE',
      'seed:BIGINT',
      'tick:INTEGER',
      'scorer:VARCHAR',
      'measure:VARCHAR',
      'value:DOUBLE',
    ]);
    const back = (await con.runAndReadAll(`SELECT * FROM '${file}'`)).getRowObjectsJson();
    const csv = readSweepRows(join(root, 'w1'));
    expect(back.map((r) => [r.cell, r.seed, r.scorer ?? null, r.measure, r.value])).toEqual(
      // a claim row has no scorer: an empty cell in rows.csv, NULL in Parquet
      csv.map((r) => [r.cell, String(r.seed), r.scorer === '' ? null : r.scorer, r.measure, r.value]),
    );
    con.closeSync();
    db.closeSync();
  });

  it('identical rows.csv bytes with 2 workers', async () => {
    const out = await sweep(FILE, { out: join(root, 'w2'), workers: 2 });
    expect(out.failed).toEqual([]);
    expect(rowsOf(out.dir)).toBe(one);
  });

  it("a cell's rows are the pipeline's drift rows for its RunConfig (the run's own code path)", () => {
    const e = readExperimentFile(FILE);
    const cell = experimentCells(e)[5]!;
    const config = cellRunConfig(e, cell);
    expect(config).toMatchObject({
      seed: 2,
      agents: 150,
      ticks: 6,
      activity: { activityScale: 2, recordEvery: 3 },
      roles: { broadcaster: 0.005 },
    });
    const sc = getScenario('silent-majority');
    const rep = runReplicate(makePlan(sc, ['follower-count', 'pagerank'].map(getScorer), ['spearman', 'ndcg-at-k'], []), config);
    const expected = rep.drift.filter((r) => r.tick === 5).map((r) => `${r.scorer},${r.measure},${r.value}`);
    const got = rowsOf(join(root, 'w1'))
      .split('\n')
      .filter((l) => l.startsWith(`${cell.id},`) && !l.includes(',claim:'))
      .map((l) => l.split(',').slice(5).join(','));
    expect(got).toEqual(expected);
  });

  it('resumes: only missing cells run, and the rows are the same', async () => {
    const dir = join(root, 'w1');
    unlinkSync(join(dir, 'cells', 'c000003.csv'));
    unlinkSync(join(dir, 'cells', 'c000006.csv'));
    const kept = statSync(join(dir, 'cells', 'c000000.csv')).ino;
    const logs: string[] = [];
    const out = await runExperimentSweep(readExperimentFile(FILE), { out: dir, workers: 1, onLog: (l) => logs.push(l) });
    expect(logs).toEqual(['resuming: 6 of 8 cells already done']);
    expect(out).toMatchObject({ cells: 8, skipped: 6 });
    expect(statSync(join(dir, 'cells', 'c000000.csv')).ino).toBe(kept); // a finished cell is not run (nor rewritten) again
    expect(rowsOf(dir)).toBe(one);
  });

  it('a cell whose settings make the model fail is recorded in failed/ and the sweep goes on', async () => {
    const raw = JSON.parse(readFileSync(FILE, 'utf8'));
    const out = await sweep(
      { ...raw, points: [{ 'roles.broadcaster': 0.5, 'roles.capitalist': 0.5, 'roles.gamer': 0.5 }], seeds: [1] },
      { out: join(root, 'fail'), workers: 1 },
    );
    expect(out.cells).toBe(5);
    expect(out.failed).toHaveLength(1);
    expect(out.failed[0]!.cell).toBe('c000004');
    expect(out.failed[0]!.error).toMatch(/^ModelError: the population of 150 agents is too small/);
    const rec = JSON.parse(readFileSync(join(out.dir, 'failed', 'c000004.json'), 'utf8'));
    expect(rec).toMatchObject({ cell: 'c000004', seed: 1, settings: { 'roles.gamer': 0.5, 'world.agents': 150 } });
    expect(readdirSync(join(out.dir, 'cells'))).toHaveLength(4);
    expect(out.rows).toBe(4 * 9);
    // The same sweep in two shards, merged: the failed cell carried over, the same rows.csv bytes.
    const exp = { ...raw, points: [{ 'roles.broadcaster': 0.5, 'roles.capitalist': 0.5, 'roles.gamer': 0.5 }], seeds: [1] };
    const shards = [1, 2].map((i) => join(root, `fail-shard-${i}`));
    for (const [i, dir] of shards.entries()) await sweep(exp, { out: dir, workers: 1, shard: `${i + 1}/2` });
    expect(existsSync(join(shards[0]!, 'rows.csv'))).toBe(false);
    const merged = await mergeSweeps(join(root, 'fail-merged'), shards);
    expect(merged.failed).toEqual(out.failed);
    expect(rowsOf(merged.dir)).toBe(rowsOf(out.dir));
    expect(readFileSync(join(merged.dir, 'failed', 'c000004.json'), 'utf8')).toBe(
      readFileSync(join(out.dir, 'failed', 'c000004.json'), 'utf8'),
    );
  });
});
