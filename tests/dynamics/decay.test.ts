/**
 * Goodhart's law, as tests over seeds (the scenario's core claims; ~6 s on two cores):
 *   - with the Klout-like score deployed and rewards on, its Spearman with true influence is lower at
 *     the end than before deployment, and the share of agents gaming rises (95% intervals over 10 seeds);
 *   - with rewards off, validity does not fall beyond noise, and gaming rises only by what exploration
 *     alone gives (mutation: a revision tries a random strategy), well below the baseline's rise;
 *   - penalising detected gaming, and deploying TrustRank instead, measurably slow the decay
 *     (paired slowdown interval above 0); the findings name the best one with its computed numbers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { slowsMeasurably, type InterventionEffect } from '../../src/dynamics/effects.js';
import { runDecayExperiment, type DecayExperiment } from '../../src/dynamics/experiment.js';
import { getIntervention } from '../../src/dynamics/interventions.js';
import { goodhartDecay } from '../../src/scenarios/goodhart-decay.js';
import { meanInterval } from '../../src/stats/interval.js';

// Ten seeds: at 400 agents validity (ρ ≈ 0.25) is noisy enough that one world in ten can drift up
// after deployment; five seeds left the baseline's interval at the mercy of that one world.
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
let exp: DecayExperiment;
let effect: (id: string) => InterventionEffect;

beforeAll(() => {
  exp = runDecayExperiment({
    scenario: goodhartDecay,
    seeds: SEEDS,
    agents: 400,
    ticks: 60,
    interventions: ['rewards-off', 'penalty', 'trust-seeded'],
    measured: [],
    measures: ['spearman'],
  });
  effect = (id) => exp.effects.find((e) => e.intervention === id)!;
});

/** Per seed: share gaming at the end minus the share seeded at deployment. */
function gamingRise(id: string) {
  return meanInterval(gamingRises(id));
}

/** Per seed, in SEEDS order: share gaming at the end minus the share at deployment. */
function gamingRises(id: string): number[] {
  return SEEDS.map((seed) => {
    const t = exp.ticks.filter((x) => x.intervention === id && x.seed === seed);
    const at = (tick: number) => t.find((x) => x.tick === tick)!;
    const start = at(exp.deployTick);
    const end = at(exp.endTick);
    return end.gaming / end.adaptive - start.gaming / start.adaptive;
  });
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

  it('rewards off: no decay beyond noise, gaming rises no more than exploration gives; the baseline decays and games more, paired by seed', () => {
    const e = effect('rewards-off');
    expect(e.decay.lo, `decay ${e.decay.mean} [${e.decay.lo}, ${e.decay.hi}]`).toBeLessThanOrEqual(0);
    // Without rewards nothing pays for gaming, but exploration (mutation 0.005 per revision) still
    // moves a few agents off the seeded ~3%: a rise of a couple of points, never the baseline's.
    const r = gamingRise('rewards-off');
    expect(r.hi, `rise ${r.mean} [${r.lo}, ${r.hi}]`).toBeLessThan(0.05);
    const base = gamingRises('baseline');
    const paired = meanInterval(gamingRises('rewards-off').map((x, i) => base[i]! - x));
    expect(paired.lo, `baseline rise − rewards-off rise ${paired.mean} [${paired.lo}, ${paired.hi}]`).toBeGreaterThan(0.05);
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
