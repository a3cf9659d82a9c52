/**
 * Contract test over every registered scenario (a new one is covered the moment it is registered):
 * its names resolve, its defaults resolve to a valid RunConfig, its report settings refer to its
 * own scorers and attacks, and its default run stays small enough for `npm start`-like speed.
 */
import { describe, expect, it } from 'vitest';
import { getAttack } from '../../src/attacks/registry.js';
import { getMeasure } from '../../src/drift/registry.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { getScorer } from '../../src/metrics/registry.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { DEFAULT_SCENARIO, SCENARIOS, getScenario } from '../../src/scenarios/registry.js';
import { UnknownNameError } from '../../src/errors.js';

describe('scenario registry', () => {
  it('has unique kebab-case ids, the default first, and refuses unknown ids by class', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(DEFAULT_SCENARIO).toBe('attention-vs-influence');
    expect(() => getScenario('no-such-story')).toThrow(UnknownNameError);
  });

  it('tells every story of the domain notes', () => {
    const ids = SCENARIOS.map((s) => s.id);
    for (const id of [
      'attention-vs-influence',
      'silent-majority',
      'alister-bait',
      'algorithm-change',
      'bought-vs-engaging',
      'follow-back-farming',
      'engagement-pod',
      'perks',
    ])
      expect(ids).toContain(id);
  });
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s', (_id, sc) => {
  it('has a title, a one-line summary and a story paragraph', () => {
    expect(sc.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(sc.title.length).toBeGreaterThan(5);
    expect(sc.summary).not.toContain('\n');
    expect(sc.story.length).toBeGreaterThan(200);
  });

  it('names only registered scorers, attacks and measures, and its report refers to its own', () => {
    for (const id of sc.scorers) expect(getScorer(id).id).toBe(id);
    const attacks = (sc.defaults.attacks ?? []).map((a) => a.id);
    for (const a of attacks) expect(getAttack(a).id).toBe(a);
    for (const id of sc.report?.scatter ?? []) expect(sc.scorers).toContain(id);
    for (const id of sc.report?.driftMeasures ?? []) expect(getMeasure(id).reference).toBe('truth');
    for (const v of sc.report?.versions ?? []) {
      expect(sc.scorers).toContain(v.from);
      expect(sc.scorers).toContain(v.to);
    }
    if (sc.sweep) {
      expect(attacks).toContain(sc.sweep.attack);
      expect(getMeasure(sc.sweep.measure).reference).toBe('truth');
      expect([...sc.sweep.budgets].sort((a, b) => a - b)).toEqual([...sc.sweep.budgets]);
      for (const id of sc.sweep.scorers ?? []) expect(sc.scorers).toContain(id);
    }
    for (const f of sc.focus ?? []) expect(attacks).toContain(f.attack);
    const plan = makePlan(sc, sc.scorers.map(getScorer));
    expect(plan.scatter.length).toBeGreaterThan(0);
    expect(plan.driftMeasures.length).toBeGreaterThan(0);
    expect(plan.sweep !== undefined).toBe(sc.sweep !== undefined);
  });

  it('resolves its defaults, and the default run is small (≤ 5,000 people; ≤ 40 ticks unless it is an experiment)', () => {
    const cfg = resolveRunConfig(sc, { seed: 1 });
    expect(cfg.agents).toBeLessThanOrEqual(5000);
    if (!sc.experiment) {
      expect(cfg.ticks).toBeLessThanOrEqual(40);
      expect(cfg.activity.recordEvery).toBeLessThan(cfg.ticks);
    }
  });
});

describe('claims', () => {
  // The baseline games nothing and claims nothing; experiments report their own findings.
  const story = SCENARIOS.filter((s) => s.id !== 'baseline' && !s.experiment);
  it.each(story.map((s) => [s.id, s] as const))(
    '%s states at least two claims: unique kebab-case ids, one sentence, a named mechanism',
    (_id, sc) => {
      expect(sc.claims?.length ?? 0).toBeGreaterThanOrEqual(2);
      const ids = (sc.claims ?? []).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const c of sc.claims ?? []) {
        expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(c.text).toMatch(/^[A-Z].*\.$/);
        expect(c.mechanism.length).toBeGreaterThan(10);
        expect(typeof c.evaluate).toBe('function');
      }
    },
  );
});
