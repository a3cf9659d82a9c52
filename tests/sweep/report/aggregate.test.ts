/** The sweep report's numbers: loading rows.csv, means and 95% intervals over seeds, worked by hand. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputFormatError, ParameterError } from '../../../src/errors.js';
import { claimHoldsEverywhere, isGrid, summarise } from '../../../src/sweep/report/aggregate.js';
import { summaryFields } from '../../../src/sweep/report/charts-common.js';
import { loadSweep } from '../../../src/sweep/report/load.js';
import { splitCsvLine } from '../../../src/sweep/read-rows.js';
import { cleanupFixtures, gridFixture, writeFixtureSweep } from './fixtures.js';

afterAll(cleanupFixtures);

/** x ∈ {1, 2}, seeds 1..3, value = 10·x + seed: at x = 1 the values are 11, 12, 13. */
const oneParam = () =>
  writeFixtureSweep({
    grid: { x: [1, 2] },
    seeds: [1, 2, 3],
    scorers: ['s'],
    measures: ['m'],
    value: (p, seed) => 10 * (p.x as number) + seed,
  });

describe('aggregation over seeds', () => {
  it('mean and t-interval of one point, by hand: 11, 12, 13 → 12 ± t(0.975, 2)·1/√3', async () => {
    const data = await loadSweep(oneParam());
    const [g1, g2] = summarise(data, [0], 's', 'm');
    expect(g1!.at).toEqual([1]);
    expect(g1!.summary.n).toBe(3);
    expect(g1!.summary.mean).toBeCloseTo(12, 12);
    expect(g1!.summary.sd).toBeCloseTo(1, 12);
    const half = 4.302652729911275 / Math.sqrt(3); // t quantile 0.975 with 2 degrees of freedom
    expect(g1!.summary.lo).toBeCloseTo(12 - half, 9);
    expect(g1!.summary.hi).toBeCloseTo(12 + half, 9);
    expect(g2!.summary.mean).toBeCloseTo(22, 12);
  });

  it('averaging over another parameter happens within a seed first: per-seed means 61, 64, 69', async () => {
    const dir = writeFixtureSweep({
      grid: { x: [1, 2], y: [0, 1] },
      seeds: [1, 2, 3],
      scorers: ['s'],
      measures: ['m'],
      value: (p, seed) => 10 * (p.x as number) + 100 * (p.y as number) + seed * seed,
    });
    const data = await loadSweep(dir);
    const [g] = summarise(data, [0], 's', 'm');
    // seed s at x = 1: mean of (10 + s²) and (110 + s²) = 60 + s² → 61, 64, 69
    const mean = (61 + 64 + 69) / 3;
    const sd = Math.sqrt(((61 - mean) ** 2 + (64 - mean) ** 2 + (69 - mean) ** 2) / 2);
    expect(g!.points).toBe(2);
    expect(g!.summary.mean).toBeCloseTo(mean, 12);
    expect(g!.summary.sd).toBeCloseTo(sd, 12);
    expect(g!.summary.hi - g!.summary.mean).toBeCloseTo((4.302652729911275 * sd) / Math.sqrt(3), 9);
  });

  it('one seed: the mean and no interval (lo and hi null, never a zero-width band)', async () => {
    const data = await loadSweep(writeFixtureSweep({ ...gridFixture(), seeds: [5] }));
    const g = summarise(data, [0, 1], 'klout-like', 'spearman')[0]!;
    expect(g.summary.n).toBe(1);
    expect(summaryFields(g.summary)).toEqual({ mean: g.summary.mean, lo: null, hi: null, n: 1 });
  });

  it('reads each cell at its last tick, an empty value as missing, and the claim rows apart', async () => {
    const dir = writeFixtureSweep({
      ...gridFixture(),
      value: (_p, seed, _scorer, measure, tick) => (seed === 2 && measure === 'spearman' ? NaN : tick),
    });
    const data = await loadSweep(dir);
    expect(data.params).toEqual(['activity.activityScale', 'roles.gamer']);
    expect(data.points).toHaveLength(6);
    expect(data.points.every((p) => p.tick === 10)).toBe(true);
    expect(data.seeds).toEqual([1, 2, 3]);
    expect(data.scorers).toEqual(['follower-count', 'klout-like']);
    expect(data.measures).toEqual(['spearman', 'gamer-share-at-k']);
    expect(data.claims).toEqual(['moved-outnumber-reactions']);
    expect(data.cells).toBe(18);
    expect(data.rows).toBe(18 * 2 * (4 + 1));
    expect(isGrid(data)).toBe(true);
    const g = summarise(data, [0, 1], 'follower-count', 'spearman')[0]!;
    expect(g.summary).toMatchObject({ n: 2, mean: 10 });
    expect(claimHoldsEverywhere(data, 'moved-outnumber-reactions')).toEqual([false, false, false, true, true, true]);
  });

  it('a claim that fails on one seed does not hold at that point', async () => {
    const dir = writeFixtureSweep({ ...gridFixture(), claim: (p, seed) => seed !== 3 || (p['roles.gamer'] as number) > 0 });
    const data = await loadSweep(dir);
    expect(claimHoldsEverywhere(data, 'moved-outnumber-reactions')).toEqual([false, true, true, false, true, true]);
    const share = summarise(data, [0, 1], '', 'claim:moved-outnumber-reactions')[0]!.summary.mean;
    expect(share).toBeCloseTo(2 / 3, 12);
  });

  it('LHS samples and a grid with an extra point are not a grid', async () => {
    const lhs = await loadSweep(writeFixtureSweep({ ...gridFixture(), grid: undefined, points: [{ a: 1 }, { a: 2 }], lhs: true }));
    expect(isGrid(lhs)).toBe(false);
    const extra = await loadSweep(writeFixtureSweep({ ...gridFixture(), points: [{ 'activity.activityScale': 8, 'roles.gamer': 0.2 }] }));
    expect(isGrid(extra)).toBe(false);
  });
});

describe('reading a sweep folder', () => {
  it('splits quoted CSV fields and undoes the formula guard', () => {
    expect(splitCsvLine('c000001,"a,b","\'-x",3', 'f', 1)).toEqual(['c000001', 'a,b', '-x', '3']);
    expect(splitCsvLine('a,"say ""hi""",', 'f', 1)).toEqual(['a', 'say "hi"', '']);
    expect(() => splitCsvLine('a,"open', 'f', 4)).toThrow(InputFormatError);
  });

  it('refuses a folder without rows.csv or with a bad header, naming the file and line', async () => {
    const dir = oneParam();
    writeFileSync(join(dir, 'rows.csv'), 'cell,x,seed,tick,scorer,value\nc000000,1,1,10,s,1\n');
    await expect(loadSweep(dir)).rejects.toThrow(/rows\.csv:1: expected the header/);
    writeFileSync(join(dir, 'rows.csv'), 'cell,x,seed,tick,scorer,measure,value\nc000000,1,1,10,s,m,abc\n');
    await expect(loadSweep(dir)).rejects.toThrow(/rows\.csv:2: value "abc" is not a number/);
    writeFileSync(
      join(dir, 'rows.csv'),
      'cell,x,seed,tick,scorer,measure,value\nc000000,1,1,10,s,m,1\nc000001,2,1,10,s,m,1\nc000000,1,1,10,s,m,1\n',
    );
    await expect(loadSweep(dir)).rejects.toThrow(/rows of cell c000000 are not together/);
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'rows.csv'));
    await expect(loadSweep(dir)).rejects.toThrow(ParameterError);
    await expect(loadSweep(dir)).rejects.toThrow(/rows\.csv is missing/);
  });
});
