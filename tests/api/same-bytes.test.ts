// The API and the CLI share one code path: for the same scenario and seed, src/api.ts's world,
// truth, score, drift and sweep give exactly the bytes `goodhart run` / `goodhart truth` write.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drift, getScenario, score, sweepRows, truth, world, type SimulationResult } from '../../src/api.js';
import { agentsCsv, ticksCsv } from '../../src/pipeline/agents-table.js';
import { driftCsv, scoresCsv, sweepCsv, truthCsv } from '../../src/pipeline/tables.js';
import { goodhart } from '../helpers/cli.js';

const SCENARIO = 'attention-vs-influence';
const SEED = 2;
const SIZE = { agents: 300, ticks: 8 } as const; // snapshots at ticks 5 and 7 (recordEvery 6)
const sc = getScenario(SCENARIO);

let dir: string;
let run: SimulationResult;
const file = (name: string): string => readFileSync(join(dir, name), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'goodhart-api-'));
  const args = [SCENARIO, '--seed', String(SEED), '--agents', String(SIZE.agents), '--ticks', String(SIZE.ticks), '--quiet'];
  const r = goodhart(['run', ...args, '--out', join(dir, 'run')]);
  expect(r.code, r.stderr).toBe(0);
  const t = goodhart(['truth', ...args, '--out', join(dir, 'truth')]);
  expect(t.code, t.stderr).toBe(0);
  run = world(SCENARIO, { seed: SEED, ...SIZE });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the API gives the CLI bytes for the same seed', () => {
  it('world: agents.csv and ticks.csv', () => {
    expect(agentsCsv(run)).toBe(file('run/agents.csv'));
    expect(ticksCsv(run)).toBe(file('run/ticks.csv'));
  });

  it('truth: truth.csv of goodhart run and of goodhart truth', () => {
    const csv = truthCsv(truth(run.final, { seed: SEED }), run.labels);
    expect(csv).toBe(file('run/truth.csv'));
    expect(csv).toBe(file('truth/truth.csv'));
    // Another seed's stream gives other numbers: the comparison above can fail.
    expect(truthCsv(truth(run.final, { seed: SEED + 1 }), run.labels)).not.toBe(csv);
  });

  it('score: scores.csv', () => {
    expect(scoresCsv(score(run.final.observation, sc.scorers), run.labels)).toBe(file('run/scores.csv'));
  });

  it('drift: drift.csv (every snapshot, noise ceiling and version churn included)', () => {
    const rows = drift(run, sc.scorers, {
      ...(sc.report?.k !== undefined ? { k: sc.report.k } : {}),
      ...(sc.report?.versions ? { versions: sc.report.versions } : {}),
    });
    expect(rows.some((r) => r.tick < run.final.tick)).toBe(true);
    expect(driftCsv(rows)).toBe(file('run/drift.csv'));
  });

  it('sweep: sweep.csv', () => {
    const s = sc.sweep!;
    const rows = sweepRows(SCENARIO, s.scorers ?? sc.scorers, {
      ...SIZE,
      seeds: [SEED],
      attack: s.attack,
      budgets: s.budgets,
      measure: s.measure,
      attacks: (sc.defaults.attacks ?? []).map((a) => ({ id: a.id, params: { ...(a.params ?? {}) } })),
    });
    expect(sweepCsv(rows)).toBe(file('run/sweep.csv'));
  });
});
