// Experiment files: every bad input of issue 13 is one clear error naming the field, the value and
// what is allowed; a good file resolves with defaults filled in and a stable hash.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputFormatError, ParameterError, UnknownNameError } from '../../src/errors.js';
import { cellCount, experimentFileText, experimentHash, resolveExperiment } from '../../src/sweep/experiment.js';
import { parseJsonText } from '../../src/io/json-text.js';
import { checkSweepSize } from '../../src/sweep/run.js';
import { parseShard } from '../../src/sweep/cells.js';
import { SHARD_ALLOWED } from '../../src/sweep/shard.js';
import { openSweepFolder } from '../../src/sweep/folder.js';

/** Open a sweep folder as a sweep would, and release its lock at once (as a sweep does when it ends); the folder's path. */
const open = (o: Parameters<typeof openSweepFolder>[0]): string => {
  const f = openSweepFolder(o);
  f.lock.release();
  return f.dir;
};
import { mergeSweeps } from '../../src/sweep/merge.js';

const GOOD = {
  scenario: 'silent-majority',
  base: { 'world.agents': 200, 'world.ticks': 6 },
  grid: { 'activity.activityScale': [0.5, 2], 'roles.broadcaster': [0.005, 0.05] },
  seeds: [1, 2],
  scorers: ['follower-count', 'pagerank'],
  measures: ['spearman'],
};

function error(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'goodhart-sweep-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('experiment files', () => {
  it('resolves a good file: defaults filled in, parameters in order of first appearance, a stable hash', () => {
    const e = resolveExperiment({ ...GOOD, points: [{ 'influence.beta': 0.2 }] });
    expect(e.parameters).toEqual(['activity.activityScale', 'roles.broadcaster', 'influence.beta']);
    expect(e.ticks).toBe('final');
    expect(cellCount(e)).toBe(10);
    expect(experimentHash(e)).toMatch(/^[0-9a-f]{64}$/);
    expect(experimentHash(resolveExperiment({ ...GOOD, points: [{ 'influence.beta': 0.2 }] }))).toBe(experimentHash(e));
    expect(experimentHash(resolveExperiment({ ...GOOD, seeds: [1, 3] }))).not.toBe(experimentHash(e));
    // Grid order is part of the experiment (it decides the cell order).
    const swapped = resolveExperiment({ ...GOOD, grid: { 'roles.broadcaster': [0.005, 0.05], 'activity.activityScale': [0.5, 2] } });
    expect(experimentHash(swapped)).not.toBe(experimentHash(resolveExperiment(GOOD)));
    const text = experimentFileText(e);
    expect(JSON.parse(text).hash).toBe(experimentHash(e));
    expect(text.indexOf('"base"')).toBeLessThan(text.indexOf('"grid"')); // sorted keys
    expect(resolveExperiment({ ...GOOD, seeds: { count: 3, first: 5 } }).seeds).toEqual([5, 6, 7]);
  });

  it('not valid JSON: the line and column (the strict reader of src/io/json-text.ts)', () => {
    const e = error(() => parseJsonText('{\n  "scenario": "baseline",\n  "grid": {,}\n}', 'x.json'));
    expect(e).toBeInstanceOf(InputFormatError);
    expect(e.message).toBe('x.json:3: column 12: a property name in double quotes, found "," (not valid JSON)');
  });

  it('an unknown parameter: refused with the nearest names first', () => {
    const e = error(() => resolveExperiment({ ...GOOD, grid: { 'roles.gamr': [0.1] } }));
    expect(e).toBeInstanceOf(UnknownNameError);
    expect(e.message).toMatch(/^invalid grid parameter: "roles\.gamr" \(allowed: a declared parameter; nearest: roles\.gamer, /);
    expect(error(() => resolveExperiment({ ...GOOD, base: { 'world.agnets': 5 } })).message).toMatch(
      /invalid base parameter: "world\.agnets" \(allowed: a declared parameter; nearest: world\.agents, /,
    );
    expect(error(() => resolveExperiment({ ...GOOD, gird: {} }))).toBeInstanceOf(UnknownNameError);
    expect(error(() => resolveExperiment({ ...GOOD, scorers: ['pagerenk'] })).message).toContain('pagerenk');
    expect(error(() => resolveExperiment({ ...GOOD, scenario: 'nope' })).message).toContain('"nope"');
  });

  it('a value out of range: the field, the value and the range', () => {
    const e = error(() => resolveExperiment({ ...GOOD, grid: { 'roles.gamer': [0.01, 0.9] } }));
    expect(e).toBeInstanceOf(ParameterError);
    expect(e.message).toBe('invalid grid "roles.gamer": 0.9 (allowed: a number from 0 to 0.5)');
    expect(error(() => resolveExperiment({ ...GOOD, base: { 'world.agents': 0 } })).message).toMatch(
      /^invalid base "world\.agents": 0 \(allowed: an integer from 1/,
    );
    expect(error(() => resolveExperiment({ ...GOOD, lhs: { samples: 4, ranges: { 'influence.beta': [0.5, 0.1] } } })).message).toContain(
      'lo ≤ hi',
    );
    expect(error(() => resolveExperiment({ ...GOOD, seeds: [1, 1] })).message).toContain('distinct');
    expect(error(() => resolveExperiment({ ...GOOD, ticks: 'some' })).message).toContain('"final"');
  });

  it('an empty grid: refused', () => {
    expect(error(() => resolveExperiment({ ...GOOD, grid: {} })).message).toMatch(
      /^invalid grid: "\{\}" \(allowed: at least one point in total/,
    );
    expect(error(() => resolveExperiment({ ...GOOD, grid: { 'roles.gamer': [] } })).message).toContain('an empty list makes an empty grid');
  });

  it('more than a million cells: refused without --yes', () => {
    const big = resolveExperiment({
      ...GOOD,
      grid: { 'world.ticks': Array.from({ length: 1001 }, (_, i) => i + 1) },
      seeds: { count: 1000 },
    });
    expect(cellCount(big)).toBe(1_001_000);
    expect(error(() => checkSweepSize(big, false)).message).toBe(
      'invalid cells: 1001000 (allowed: at most 1000000 cells without --yes (points × seeds; add --yes if you mean it))',
    );
    expect(checkSweepSize(big, true)).toBe(1_001_000);
  });

  it('shard specs: i/n with 1 ≤ i ≤ n', () => {
    for (const bad of ['3/2', '0/0', '0/3', '1/0', '1', 'a/b', '1/2/3', '01/2'])
      expect(error(() => parseShard(bad)).message).toBe(`invalid --shard: ${JSON.stringify(bad)} (allowed: ${SHARD_ALLOWED})`);
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
  });

  it("an output folder holding another experiment's sweep: refused naming the first differing field; --force discards it", () => {
    const dir = join(tmp(), 'sw');
    open({ dir, experiment: resolveExperiment(GOOD) });
    const other = resolveExperiment({ ...GOOD, grid: { ...GOOD.grid, 'roles.broadcaster': [0.005, 0.06] } });
    expect(error(() => open({ dir, experiment: other })).message).toContain('which differs at "grid.roles.broadcaster"');
    expect(error(() => open({ dir, experiment: other, resume: true })).message).toContain('differs at');
    expect(open({ dir, experiment: other, force: true })).toBe(dir);
    expect(open({ dir, experiment: other, resume: true })).toBe(dir); // the same experiment continues
    expect(error(() => open({ dir, experiment: other, shard: { index: 1, count: 2 } })).message).toMatch(/^invalid --shard: "1\/2"/);
    expect(error(() => open({ dir: join(tmp(), 'none'), experiment: other, resume: true })).message).toMatch(/^invalid --resume/);
  });

  it('merging shards of different experiments: refused naming the differing field', async () => {
    const root = tmp();
    open({ dir: join(root, 'a'), experiment: resolveExperiment(GOOD), shard: { index: 1, count: 2 } });
    open({ dir: join(root, 'b'), experiment: resolveExperiment({ ...GOOD, seeds: [1, 3] }), shard: { index: 2, count: 2 } });
    await expect(mergeSweeps(join(root, 'out'), [join(root, 'a'), join(root, 'b')])).rejects.toThrow(/differ at "seeds"/);
    await expect(mergeSweeps(join(root, 'out'), [join(root, 'a')])).rejects.toThrow(/8 of 8 cells are in none of them \(first: c000000\)/);
  });

  // applySettings itself (every declared name, suggestions, ranges) is tested in tests/engine/settings.test.ts.
});
