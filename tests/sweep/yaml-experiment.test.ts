// Experiment files in YAML: experiments/tiny.yaml is the same experiment as tiny.json (same
// resolved experiment, same hash, same default folder); a YAML file's wrong settings get the same
// messages as JSON's; and a sweep started from a JSON file resumes from its YAML twin (the folder is
// matched by the hash of the resolved experiment, not of the file's text).
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sweep } from '../../src/api.js';
import { experimentHash } from '../../src/sweep/experiment.js';
import { defaultSweepOut, readExperimentFile } from '../../src/sweep/run.js';
import { ROOT } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'goodhart-yaml-sweep-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function error(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

/** The same experiment written as JSON and as YAML under `name`; their paths. */
function twins(name: string, json: Record<string, unknown>, yaml: string): { json: string; yaml: string } {
  const j = join(tmp, `${name}.json`);
  const y = join(tmp, `${name}.yaml`);
  writeFileSync(j, JSON.stringify(json, null, 2));
  writeFileSync(y, yaml);
  return { json: j, yaml: y };
}

describe('YAML experiment files', () => {
  it('experiments/tiny.yaml is tiny.json: the same resolved experiment, hash and default folder', () => {
    const j = readExperimentFile(join(ROOT, 'experiments', 'tiny.json'));
    const y = readExperimentFile(join(ROOT, 'experiments', 'tiny.yaml'));
    expect(y).toEqual(j);
    expect(experimentHash(y)).toBe(experimentHash(j));
    expect(defaultSweepOut('experiments/tiny.yaml', undefined)).toBe(defaultSweepOut('experiments/tiny.json', undefined));
    expect(defaultSweepOut('x/big.YML', { index: 2, count: 3 })).toBe(join('results', 'sweeps', 'big-shard-2-of-3'));
  });

  it('wrong settings in YAML get the messages of JSON (unknown name with the nearest names, value out of range)', () => {
    const base = 'scenario: silent-majority\nseeds: [1]\n';
    const cases: [Record<string, unknown>, string][] = [
      [{ scenario: 'silent-majority', seeds: [1], grid: { 'roles.gamr': [0.1] } }, `${base}grid:\n  roles.gamr: [0.1]\n`],
      [{ scenario: 'silent-majority', seeds: [1], grid: { 'roles.gamer': [0.9] } }, `${base}grid:\n  roles.gamer: [0.9]\n`],
      [{ scenario: 'silent-majority', seeds: [1], grid: {} }, `${base}grid: {}\n`],
      [{ scenario: 'silent-majorty', grid: { 'roles.gamer': [0.1] } }, 'scenario: silent-majorty\ngrid: {roles.gamer: [0.1]}\n'],
      [
        { scenario: 'silent-majority', grid: { 'roles.gamer': [0.1] }, seeds: [1, 1] },
        `scenario: silent-majority\ngrid: {roles.gamer: [0.1]}\nseeds: [1, 1]\n`,
      ],
    ];
    const messages = cases.map(([json, yaml], i) => {
      const f = twins(`bad-${i}`, json, yaml);
      const ej = error(() => readExperimentFile(f.json));
      const ey = error(() => readExperimentFile(f.yaml));
      expect(ey.constructor, yaml).toBe(ej.constructor);
      expect(ey.message, yaml).toBe(ej.message);
      return ey.message;
    });
    expect(messages[0]).toMatch(/^invalid grid parameter: "roles\.gamr" \(allowed: .*roles\.gamer/);
    expect(messages[1]).toBe('invalid grid "roles.gamer": 0.9 (allowed: a number from 0 to 0.5)');
    expect(messages[2]).toMatch(/^invalid grid: "\{\}" \(allowed: at least one point in total/);
    expect(messages[3]).toMatch(/silent-majorty/);
    expect(messages[4]).toMatch(/^invalid seeds/);
  });

  it('a sweep started from a JSON file resumes from its YAML twin and writes the same cells', async () => {
    const f = twins(
      'twin',
      {
        scenario: 'silent-majority',
        base: { 'world.agents': 80, 'world.ticks': 3, 'activity.recordEvery': 3 },
        grid: { 'activity.activityScale': [0.5, 2] },
        seeds: [1],
        scorers: ['follower-count'],
        measures: ['spearman'],
      },
      [
        'scenario: silent-majority',
        'base: {world.agents: 80, world.ticks: 3, activity.recordEvery: 3}',
        'grid:',
        '  activity.activityScale:',
        '    - 0.5',
        '    - 2',
        'seeds: [1]',
        'scorers: [follower-count]',
        'measures: [spearman]',
        '',
      ].join('\n'),
    );
    // One shard of one: the cells alone (rows.csv and the report, which a whole sweep adds, are tested elsewhere).
    const out = join(tmp, 'out');
    const shard = '1/1';
    const first = await sweep(f.json, { out, workers: 1, shard });
    expect(first).toMatchObject({ cells: 2, skipped: 0, failed: [] });
    const cell = (id: string) => readFileSync(join(out, 'cells', `${id}.csv`), 'utf8');
    const cells = [cell('c000000'), cell('c000001')];
    const stored = readFileSync(join(out, 'experiment.json'), 'utf8');
    // As if the first sweep had been killed after one cell: the YAML twin continues it.
    unlinkSync(join(out, 'cells', 'c000001.csv'));
    const logs: string[] = [];
    const again = await sweep(f.yaml, { out, workers: 1, shard, resume: true, onLog: (l) => logs.push(l) });
    expect(again).toMatchObject({ cells: 2, skipped: 1, failed: [] });
    expect(logs).toContain('resuming: 1 of 2 cells already done');
    expect([cell('c000000'), cell('c000001')]).toEqual(cells);
    expect(readFileSync(join(out, 'experiment.json'), 'utf8')).toBe(stored);
    // Another experiment's YAML is refused at the same folder, naming the field that differs.
    const other = join(tmp, 'other.yaml');
    writeFileSync(other, readFileSync(f.yaml, 'utf8').replace('seeds: [1]', 'seeds: [2]'));
    await expect(sweep(other, { out, workers: 1, shard, resume: true })).rejects.toThrow(/"seeds"/);
  });
});
