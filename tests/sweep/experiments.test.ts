/**
 * The research experiment files in experiments/: the scenario, scorers and measures are registered,
 * every grid point resolves to a valid run configuration through the engine's own checks (the
 * parameter names are the `--set` names the engine has today), and the cell counts are those that
 * docs/sweep-report.md states.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMeasure } from '../../src/drift/registry.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { applySettings, settingsOf } from '../../src/engine/settings.js';
import { getScorer } from '../../src/metrics/registry.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { ROOT } from '../helpers/cli.js';

interface Experiment {
  scenario: string;
  base: Record<string, number>;
  grid: Record<string, number[]>;
  seeds: { count: number; first: number };
  scorers: string[];
  measures: string[];
  ticks: string;
}

const read = (name: string): Experiment => JSON.parse(readFileSync(join(ROOT, 'experiments', name), 'utf8')) as Experiment;

function gridPoints(grid: Record<string, number[]>): Record<string, number>[] {
  let pts: Record<string, number>[] = [{}];
  for (const [k, vs] of Object.entries(grid)) pts = pts.flatMap((p) => vs.map((v) => ({ ...p, [k]: v })));
  return pts;
}

describe.each([
  ['silent-majority-posting.json', 125],
  ['gamer-budget.json', 125],
])('experiments/%s', (file, cells) => {
  const exp = read(file);

  it('names a registered scenario, scorers and measures', () => {
    expect(() => getScenario(exp.scenario)).not.toThrow();
    for (const s of exp.scorers) expect(() => getScorer(s)).not.toThrow();
    for (const m of exp.measures) expect(() => getMeasure(m)).not.toThrow();
    expect(exp.ticks).toBe('final');
  });

  it(`has ${cells} cells, as docs/sweep-report.md says`, () => {
    expect(gridPoints(exp.grid).length * exp.seeds.count).toBe(cells);
    expect(readFileSync(join(ROOT, 'docs', 'sweep-report.md'), 'utf8')).toContain(`seeds = ${cells} |`);
  });

  it('every point resolves to a run configuration with the swept values in it', () => {
    const scenario = getScenario(exp.scenario);
    const start = {
      seed: exp.seeds.first,
      attacks: (scenario.defaults.attacks ?? []).map((a) => ({ id: a.id, params: { ...(a.params ?? {}) } })),
    };
    for (const p of gridPoints(exp.grid)) {
      const cfg = resolveRunConfig(scenario, applySettings(start, { ...exp.base, ...p }));
      expect(cfg.agents).toBe(exp.base['world.agents']);
      const resolved = settingsOf(cfg);
      for (const [name, v] of Object.entries(p)) expect(resolved[name], name).toBe(v);
    }
  });
});

it('gamer-budget scores with every registered scorer', async () => {
  const { SCORERS } = await import('../../src/metrics/registry.js');
  expect([...read('gamer-budget.json').scorers].sort()).toEqual(SCORERS.map((s) => s.id).sort());
});
