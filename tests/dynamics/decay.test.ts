/**
 * Goodhart's law, as tests over seeds (the scenario's core claims; ~30 s on two cores):
 *   - with the Klout-like score deployed and rewards on, its Spearman with true influence is lower at
 *     the end than before deployment, and the share of agents gaming rises (95% intervals over 5 seeds);
 *   - with rewards off, neither happens beyond noise (the intervals do not exclude 0 on the bad side);
 *   - penalising detected gaming, and deploying TrustRank instead, measurably slow the decay
 *     (paired slowdown interval above 0); the findings name the best one with its computed numbers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { slowsMeasurably, type InterventionEffect } from '../../src/dynamics/effects.js';
import { runDecayExperiment, type DecayExperiment } from '../../src/dynamics/experiment.js';
import { getIntervention } from '../../src/dynamics/interventions.js';
import { goodhartDecay } from '../../src/scenarios/goodhart-decay.js';
import { meanInterval } from '../../src/stats/interval.js';

const SEEDS = [1, 2, 3, 4, 5];
let exp: DecayExperiment;
let effect: (id: string) => InterventionEffect;

beforeAll(() => {
  exp = runDecayExperiment({ scenario: goodhartDecay, seeds: SEEDS, agents: 400, ticks: 60, interventions: ['rewards-off', 'penalty', 'trust-seeded'], measured: [], measures: ['spearman'] });
  effect = (id) => exp.effects.find((e) => e.intervention === id)!;
});

/** Per seed: share gaming at the end minus the share seeded at deployment. */
function gamingRise(id: string) {
  return meanInterval(
    SEEDS.map((seed) => {
      const t = exp.ticks.filter((x) => x.intervention === id && x.seed === seed);
      const at = (tick: number) => t.find((x) => x.tick === tick)!;
      const start = at(exp.deployTick);
      const end = at(exp.endTick);
      return end.gaming / end.adaptive - start.gaming / start.adaptive;
    }),
  );
}

describe('goodhart-decay: the score decays once it pays', () => {
  it('baseline: validity at the end is lower than before deployment, over seeds', () => {
    const e = effect('baseline');
    expect(e.decay.n).toBe(SEEDS.length);
    expect(e.decay.mean, `decay ${e.decay.mean} [${e.decay.lo}, ${e.decay.hi}]`).toBeGreaterThan(0.05);
    expect(e.decay.lo).toBeGreaterThan(0);
  });

  it('baseline: the share of agents gaming rises', () => {
    const r = gamingRise('baseline');
    expect(r.mean, `rise ${r.mean} [${r.lo}, ${r.hi}]`).toBeGreaterThan(0.1);
    expect(r.lo).toBeGreaterThan(0);
  });

  it('rewards off: no decay and no rise in gaming beyond noise; the baseline decays more, paired by seed', () => {
    const e = effect('rewards-off');
    expect(e.decay.lo, `decay ${e.decay.mean} [${e.decay.lo}, ${e.decay.hi}]`).toBeLessThanOrEqual(0);
    const r = gamingRise('rewards-off');
    expect(r.lo, `rise ${r.mean} [${r.lo}, ${r.hi}]`).toBeLessThanOrEqual(0);
    expect(slowsMeasurably(e)).toBe(true);
  });
});

describe('goodhart-decay: interventions', () => {
  it.each(['penalty', 'trust-seeded'])('%s measurably slows the decay', (id) => {
    const e = effect(id);
    expect(e.slowdown!.n).toBe(SEEDS.length);
    expect(slowsMeasurably(e), `slowdown ${e.slowdown!.mean} [${e.slowdown!.lo}, ${e.slowdown!.hi}]`).toBe(true);
  });

  it('the findings say which intervention slows the decay most and by how much, from the computed effects', () => {
    const candidates = exp.effects.filter((e) => e.slowdown && e.intervention !== 'rewards-off');
    const best = candidates.reduce((a, b) => (b.slowdown!.mean > a.slowdown!.mean ? b : a));
    const line = exp.findings.find((f) => f.startsWith('Slows the decay most'))!;
    expect(line).toContain(getIntervention(best.intervention).label);
    expect(line).toContain(`${best.slowdown!.mean.toFixed(2)} less`);
    expect(line).toContain('the interval excludes no effect');
  });

  it('every run is measured at the same snapshot ticks, with the deployed score before and after deployment', () => {
    const ticks = [...new Set(exp.rows.map((r) => r.tick))];
    expect(ticks).toContain(exp.startTick);
    expect(exp.startTick).toBeLessThan(exp.deployTick);
    expect(exp.rows.filter((r) => r.scorer === 'deployed' && r.measure === 'spearman')).toHaveLength(4 * SEEDS.length * ticks.length);
  });
});
