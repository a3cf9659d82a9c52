/**
 * Phase events (src/pipeline/phases.ts) for the pipeline benchmark: only outermost phases are
 * heard, in order, each start with its end; and a run's files are byte-identical with a listener
 * set and without one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { onPhases, phase, phaseAsync, phaseWithin } from '../../src/pipeline/phases.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { getScorer } from '../../src/metrics/registry.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { runScenario } from '../../src/pipeline/run-scenario.js';
import { runFiles } from '../../src/pipeline/run-outputs.js';
import { getScenario } from '../../src/scenarios/registry.js';

afterEach(() => onPhases(undefined));

describe('phase events', () => {
  it('reports outermost phases only, each start with its end, and returns what the phase returned', async () => {
    const heard: string[] = [];
    onPhases((e, name) => heard.push(`${e} ${name}`));
    const v = phase('outer', () => phase('inner', () => 41) + 1);
    const w = await phaseAsync('async', async () => phase('nested', () => 'x'));
    expect(() =>
      phase('fails', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect([v, w]).toEqual([42, 'x']);
    expect(heard).toEqual(['start outer', 'end outer', 'start async', 'end async', 'start fails', 'end fails']);
    // After a failure the nesting depth is back to 0: the next phase is heard.
    phase('after', () => 0);
    expect(heard.at(-1)).toBe('end after');
  });

  it('phaseWithin pauses the outermost phase around its own, and is a plain phase elsewhere', () => {
    const heard: string[] = [];
    onPhases((e, name) => heard.push(`${e} ${name}`));
    const v = phase('sim', () => phaseWithin('truth', () => phase('deep', () => 1)) + phaseWithin('sim', () => 2));
    expect(v).toBe(3);
    expect(heard).toEqual(['start sim', 'end sim', 'start truth', 'end truth', 'start sim', 'end sim']);
    heard.length = 0;
    // Two levels down it counts toward the outermost phase; with no phase around, it is its own.
    phase('sweep', () => phase('inner', () => phaseWithin('truth', () => 0)));
    phaseWithin('alone', () => 0);
    expect(heard).toEqual(['start sweep', 'end sweep', 'start alone', 'end alone']);
    heard.length = 0;
    // A failure inside restores the paused phase, and the depth: the next phase is heard.
    expect(() =>
      phase('sim', () =>
        phaseWithin('truth', () => {
          throw new Error('boom');
        }),
      ),
    ).toThrow('boom');
    phase('after', () => 0);
    expect(heard).toEqual(['start sim', 'end sim', 'start truth', 'end truth', 'start sim', 'end sim', 'start after', 'end after']);
  });

  it('leaves the files of a run byte-identical, and hears every phase of the pipeline', async () => {
    const sc = getScenario('algorithm-change');
    const build = async () => {
      const plan = makePlan(sc, sc.scorers.map(getScorer));
      const run = runScenario(plan, [resolveRunConfig(sc, { seed: 2, agents: 150, ticks: 3 })]);
      return (await runFiles(run, { command: 'goodhart run algorithm-change --seed 2 --agents 150 --ticks 3', render: false })).files;
    };
    const plain = await build();
    const names = new Set<string>();
    onPhases((_e, name) => names.add(name));
    const heard = await build();
    expect([...heard.keys()]).toEqual([...plain.keys()]);
    for (const [f, content] of plain) expect(heard.get(f), f).toEqual(content);
    expect([...names]).toEqual([
      'simulation',
      'truth',
      'scorers',
      'drift',
      'budget sweep',
      'claims',
      'tables',
      'parquet',
      'charts',
      'report',
    ]);
  });
});
