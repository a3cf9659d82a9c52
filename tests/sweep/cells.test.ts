// Cell expansion: canonical order (grid with its first parameter slowest, then points, then LHS
// samples; seeds fastest), ids, Latin-hypercube strata, shards that partition the cells.
import { describe, expect, it } from 'vitest';
import { resolveExperiment } from '../../src/sweep/experiment.js';
import { cellId, experimentCells, inShard, shardFromEnv } from '../../src/sweep/cells.js';
import { latinHypercube } from '../../src/sweep/lhs.js';

const exp = resolveExperiment({
  scenario: 'silent-majority',
  base: { 'world.agents': 200 },
  grid: { 'activity.activityScale': [0.5, 1, 4], 'roles.broadcaster': [0.01, 0.05] },
  points: [{ 'activity.activityScale': 8, 'influence.beta': 0.3 }],
  lhs: { samples: 5, seed: 7, ranges: { 'influence.beta': [0.1, 0.5], 'world.ticks': [3, 12] } },
  seeds: [4, 9],
});

describe('cells', () => {
  it('ids are c + the index zero-padded to 6 digits', () => {
    expect(cellId(17)).toBe('c000017');
    expect(cellId(1234567)).toBe('c1234567');
  });

  it('canonical order: grid (first key slowest), points, LHS; seeds fastest', () => {
    const cells = experimentCells(exp);
    expect(cells).toHaveLength((6 + 1 + 5) * 2);
    expect(cells.map((c) => c.id).slice(0, 3)).toEqual(['c000000', 'c000001', 'c000002']);
    expect(cells.slice(0, 6).map((c) => [c.point['activity.activityScale'], c.point['roles.broadcaster'], c.seed])).toEqual([
      [0.5, 0.01, 4],
      [0.5, 0.01, 9],
      [0.5, 0.05, 4],
      [0.5, 0.05, 9],
      [1, 0.01, 4],
      [1, 0.01, 9],
    ]);
    expect(cells[12]!.point).toEqual({ 'activity.activityScale': 8, 'influence.beta': 0.3 });
    expect(cells[12]!.settings).toEqual({ 'world.agents': 200, 'activity.activityScale': 8, 'influence.beta': 0.3 });
    const lhs = cells.slice(14).filter((c) => c.seed === 4);
    expect(lhs).toHaveLength(5);
    for (const c of lhs) expect(Number.isInteger(c.point['world.ticks'])).toBe(true); // an int setting is rounded
    expect(exp.parameters).toEqual(['activity.activityScale', 'roles.broadcaster', 'influence.beta', 'world.ticks']);
    // Deterministic: the same experiment expands to the same cells.
    expect(experimentCells(exp)).toEqual(cells);
  });

  it('Latin hypercube: one sample per stratum per dimension, seeded', () => {
    const n = 20;
    const dims = [
      { name: 'a', lo: 0, hi: 1, integer: false },
      { name: 'b', lo: -5, hi: 15, integer: false },
    ];
    const pts = latinHypercube(dims, n, 7);
    for (const d of dims) {
      const strata = pts.map((p) => Math.floor(((p[d.name]! - d.lo) / (d.hi - d.lo)) * n)).sort((x, y) => x - y);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
    expect(latinHypercube(dims, n, 7)).toEqual(pts);
    expect(latinHypercube(dims, n, 8)).not.toEqual(pts);
  });

  it('shards partition the cells: index % n == i − 1', () => {
    const cells = experimentCells(exp);
    const n = 5;
    const taken = cells.map((c) => [1, 2, 3, 4, 5].filter((i) => inShard(c.index, { index: i, count: n })));
    for (const [k, t] of taken.entries()) expect(t).toEqual([(k % n) + 1]);
  });

  it('shards from the environment: a Slurm array task is shard ID − MIN + 1 of COUNT (the full rules: tests/sweep/shard.test.ts)', () => {
    expect(shardFromEnv({})).toBeUndefined();
    const env = { SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_MIN: '5', SLURM_ARRAY_TASK_MAX: '8', SLURM_ARRAY_TASK_COUNT: '4' };
    expect(shardFromEnv(env)).toEqual({ index: 3, count: 4 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '2', JOB_COMPLETIONS: '3' })).toEqual({ index: 3, count: 3 });
  });
});
