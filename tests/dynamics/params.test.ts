/**
 * Dynamics parameters are checked at the boundary (named errors with field and allowed values),
 * and a dynamics run is deterministic in its seed: same seed, same rows; another seed, other rows.
 */
import { describe, expect, it } from 'vitest';
import { DYNAMICS_PARAMS, resolveDynamics } from '../../src/dynamics/params.js';
import { runDynamics } from '../../src/dynamics/run-dynamics.js';
import { runDecayExperiment } from '../../src/dynamics/experiment.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { ParameterError, UnknownNameError } from '../../src/errors.js';
import { goodhartDecay } from '../../src/scenarios/goodhart-decay.js';

describe('resolveDynamics', () => {
  it('fills defaults and resolves names', () => {
    const d = resolveDynamics();
    expect(d.params.scorer).toBe(DYNAMICS_PARAMS.scorer.default);
    expect(d.deployed.map((s) => s.id)).toEqual(['klout-like']);
    expect(d.strategies.map((s) => s.id)).toEqual([
      'bought-followers',
      'engagement-bots',
      'follow-farming',
      'engagement-pod',
      'volume-spam',
    ]);
    expect(resolveDynamics({ formula: 'rotating' }).deployed.map((s) => s.id)).toEqual([
      'klout-like',
      'klout-like@v2',
      'reactions-received',
    ]);
  });

  it('rejects bad values with named errors', () => {
    expect(() => resolveDynamics({ formula: 'secret' })).toThrow(ParameterError);
    expect(() => resolveDynamics({ topShare: 0 })).toThrow(/dynamics\.topShare/);
    expect(() => resolveDynamics({ temperature: -1 })).toThrow(ParameterError);
    expect(() => resolveDynamics({ scorer: 'klout' })).toThrow(UnknownNameError);
    expect(() => resolveDynamics({ strategies: 'volume-spam,bribery' })).toThrow(UnknownNameError);
    expect(() => resolveDynamics({ strategies: 'volume-spam,volume-spam' })).toThrow(ParameterError);
    expect(() => resolveDynamics({ colour: 'red' })).toThrow(/dynamics\.colour/);
  });

  it('rejects an experiment that would never deploy the score, before simulating', () => {
    expect(() => runDecayExperiment({ scenario: goodhartDecay, seeds: [1], ticks: 10 })).toThrow(ParameterError);
    expect(() => runDecayExperiment({ scenario: goodhartDecay, seeds: [] })).toThrow(ParameterError);
    expect(() => runDecayExperiment({ scenario: goodhartDecay, seeds: [1], interventions: ['bribes'] })).toThrow(UnknownNameError);
    expect(() => runDecayExperiment({ scenario: goodhartDecay, seeds: [1], measured: ['klout'] })).toThrow(UnknownNameError);
    expect(() => runDecayExperiment({ scenario: goodhartDecay, seeds: [1], measures: ['accuracy'] })).toThrow(UnknownNameError);
  });
});

describe('determinism', () => {
  const config = (seed: number) => resolveRunConfig(goodhartDecay, { seed, agents: 150, ticks: 30 });
  const dyn = resolveDynamics({ deployTick: 5 });
  it('same seed, same rows and counters; another seed differs', () => {
    const a = runDynamics(config(4), dyn, { measured: ['follower-count'] });
    const b = runDynamics(config(4), dyn, { measured: ['follower-count'] });
    const c = runDynamics(config(5), dyn, { measured: ['follower-count'] });
    expect(a.rows).toEqual(b.rows);
    expect(a.controller.ticks).toEqual(b.controller.ticks);
    expect(a.rows).not.toEqual(c.rows);
    expect(a.controller.ticks.at(-1)!.gaming).toBeGreaterThan(0);
  });
});
