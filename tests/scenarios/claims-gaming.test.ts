/**
 * Acceptance tests: the claims of bought-vs-engaging, engagement-pod and follow-back-farming,
 * judged by the scenarios' own claim code. Effects are measured against the no-gaming control of
 * the same seed (every attack budget 0, the pipeline's own control config); two seeds each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/model/roles.js';
import { controlWorld, finalWorld, judge, withRole, type FinalWorld } from './claims-helpers.js';

const SEEDS = [1, 2];

describe.each([
  ['bought-vs-engaging', ['bought-moves-followers-only', 'engaging-bots-lift-both', 'truth-barely-rises'], ['engaging-bots-lift-both']],
  ['engagement-pod', ['pod-lifts-engagement', 'reciprocal-ties-blind', 'truth-barely-rises'], ['pod-lifts-engagement']],
  ['alister-bait', ['reactor-weighted-lift', 'truth-barely-rises'], ['reactor-weighted-lift']],
  ['perks', ['reactor-weighted-lift', 'truth-barely-rises'], ['reactor-weighted-lift']],
] as const)('%s, against its no-gaming control', (scenario, claims, lifts) => {
  let pairs: { gamed: FinalWorld; control: FinalWorld }[];
  beforeAll(() => {
    pairs = SEEDS.map((s) => ({ gamed: finalWorld(scenario, s), control: controlWorld(scenario, s) }));
  });

  it('the control has the same real people and spends nothing on gaming', () => {
    for (const { gamed, control } of pairs) {
      expect([...control.real]).toEqual([...gamed.real]);
      expect(control.ticks.reduce((s, t) => s + t.gamingCost, 0)).toBe(0);
      expect(gamed.ticks.reduce((s, t) => s + t.gamingCost, 0)).toBeGreaterThan(0);
    }
  });

  it.each(claims)('claim %s holds on every seed', (id) => {
    for (const { gamed, control } of pairs) {
      const o = judge(scenario, id, gamed, control);
      expect(o.holds, o.measured).toBe(true);
    }
  });

  it.each(lifts)(`ablation: with the attack's budget at 0 (the mechanism off) claim %s fails on every seed`, (id) => {
    // The same accounts judged in the world without gaming (their targets taken from the gamed
    // run), against the control: nothing lifts them, so the claim must not hold.
    for (const { gamed, control } of pairs) {
      const off: FinalWorld = { ...control, targets: (a: string) => gamed.targets(a) };
      const o = judge(scenario, id, off, control);
      expect(o.holds, o.measured).toBe(false);
      expect(o.measured).not.toMatch(/cannot be checked/);
    }
  });

  it('truth-barely-rises is judged with discovery follows on and prints how much truth rose', () => {
    // The falsifiable arm is the scenario's default (triadicShare 0.6). Measured on seeds 1-2 at
    // this test's truth precision: every ratio within ×0.94-×1.08 (MAX_TRUTH_RISE in src/scenarios/claims/common.ts).
    for (const { gamed, control } of pairs) {
      const o = judge(scenario, 'truth-barely-rises', gamed, control);
      expect(o.values.triadicShare).toBeLessThan(1);
      for (const [k, v] of Object.entries(o.values)) if (k.endsWith('.ratio')) expect(v).toBeGreaterThan(0.85);
      expect(o.measured).toMatch(/×\d\.\d\d of the no-gaming run/);
    }
  });

  it('a claim that needs a control cannot hold without one', () => {
    expect(judge(scenario, claims[0], pairs[0]!.gamed).holds).toBe(false);
  });
});

describe('follow-back-farming: PageRank lifts farmers, Collusionrank pushes farmers and capitalists down', () => {
  let worlds: FinalWorld[];
  beforeAll(() => {
    worlds = SEEDS.map((s) => finalWorld('follow-back-farming', s));
  });

  it('has ten farmers and more than fifty social capitalists', () => {
    for (const w of worlds) {
      expect(w.targets('follow-farming')).toHaveLength(10);
      expect(withRole(w.role, Role.capitalist).length).toBeGreaterThan(50);
    }
  });

  it.each(['pagerank-lifts-farmers', 'collusionrank-pushes-farmers-down', 'capitalists-pushed-down', 'collusionrank-costs-accuracy'])(
    'claim %s holds on every seed',
    (id) => {
      for (const w of worlds) {
        const o = judge('follow-back-farming', id, w);
        expect(o.holds, o.measured).toBe(true);
      }
    },
  );
});
