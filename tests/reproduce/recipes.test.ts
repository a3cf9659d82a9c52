/**
 * The recipe kinds of `goodhart reproduce` (src/reproduce/recipes/) on tiny cases that fail when a
 * kind computes the wrong thing: "k of n" on known verdicts, an override that really reaches the
 * world, a gap and a joined range picked from known numbers, the truth figures from a known
 * ceiling, and a lesson's fact equal to what the lesson's own analysis states.
 */
import { describe, expect, it } from 'vitest';
import { claims } from '../../src/api.js';
import { getPreset } from '../../src/engine/presets.js';
import { getLesson } from '../../src/lessons/registry.js';
import { lessonWorld } from '../../src/lessons/run-lesson.js';
import type { ClaimRecipe, ReproducedFigure, TruthRecipe } from '../../src/reproduce/figure.js';
import { claimOptions, HOLDS_KEY } from '../../src/reproduce/recipes/claim.js';
import { recipePick, recipeRun, recipeWorld } from '../../src/reproduce/recipes/index.js';
import { judgeFigure, reproduce, shareInterval } from '../../src/reproduce/run.js';

const kOfN = (quoted: [number, number], seeds: number[]): ReproducedFigure => ({
  kind: 'reproduced',
  id: 'k-of-n-test',
  doc: 'docs/x.md',
  text: 'x',
  recipe: { kind: 'holds', scenario: 'silent-majority', claim: 'moved-outnumber-reactions', precision: 0.1 },
  seeds,
  rule: 'k-of-n',
  quoted,
  digits: 2,
  interval: 'wilson',
});

describe('k of n', () => {
  it('is reproduced only when exactly k of the n quoted seeds hold', () => {
    const f = kOfN([2, 3], [1, 2, 3]);
    expect(judgeFigure(f, [1, 0, 1], [1, 1]).reproduced).toBe(true);
    expect(judgeFigure(f, [1, 1, 1], [1, 1]).reproduced).toBe(false);
    expect(judgeFigure(f, [0, 0, 1], [1, 1]).reproduced).toBe(false);
    // A value that is not a verdict (a NaN from a missing claim) never counts.
    expect(judgeFigure(f, [1, Number.NaN, 1], [1, 1]).reproduced).toBe(false);
  });
  it('reports the fresh seeds as a share with its 95% Wilson interval', () => {
    // 3 of 4: p = 0.75, z = 1.96: centre (0.75 + 0.4802)/1.9604 = 0.62755, half 0.9998·√(0.046875 + 0.060025)/1.9604 = 0.16670.
    const s = shareInterval([1, 1, 0, 1]);
    expect(s.mean).toBe(0.75);
    expect(s.lo).toBeCloseTo(0.3006, 3);
    expect(s.hi).toBeCloseTo(0.9544, 3);
    const r = judgeFigure(kOfN([2, 3], [1, 2, 3]), [1, 0, 1], [1, 1, 0, 1]);
    expect(r.fresh.mean).toBe(0.75);
    expect(r.quoteInInterval).toBe(true); // 2/3 = 0.67 lies in [0.30, 0.95]
    // 0 of 3 quoted against 10 of 10 fresh: the fresh interval [0.72, 1] misses 0.
    expect(judgeFigure(kOfN([0, 3], [1, 2, 3]), [0, 0, 0], Array(10).fill(1)).quoteInInterval).toBe(false);
  });
});

describe('claim recipes', () => {
  const recipe: ClaimRecipe = {
    scenario: 'silent-majority',
    claim: 'reactions-below-followers',
    key: 'reactions-received',
    precision: 0.3,
    agents: 400,
  };
  it('apply --set and --preset as the CLI does, and an override changes the number', () => {
    const set = { 'activity.lurkerPosts': 0.25 };
    expect(claimOptions({ ...recipe, set }, 5).activity).toMatchObject({ lurkerPosts: 0.25 });
    const preset = getPreset('calibrated').settings;
    const opts = claimOptions({ ...recipe, preset: 'calibrated' }, 5);
    expect(opts).toMatchObject({ seed: 5, agents: 400, precision: 0.3 });
    expect(JSON.stringify(opts)).not.toBe(JSON.stringify(claimOptions(recipe, 5)));
    expect(Object.keys(preset).length).toBeGreaterThan(0);
    // The same numbers as the API given those options, and a different one with lurkers posting more.
    const plain = recipePick(recipe, recipeRun(recipe, 5));
    expect(plain).toEqual([claims('silent-majority', { seed: 5, agents: 400, precision: 0.3 }).get(recipe.claim)!.values[recipe.key]]);
    const arm = recipePick({ ...recipe, set }, recipeRun({ ...recipe, set }, 5));
    expect(arm[0]).not.toBe(plain[0]);
    expect(recipeWorld({ ...recipe, set }, 5)).not.toBe(recipeWorld(recipe, 5));
    // A claim and its verdict share one world.
    expect(recipeWorld({ kind: 'holds', ...recipe }, 5)).toBe(recipeWorld(recipe, 5));
  });
  it('pick a gap, a joined range and a verdict from known numbers', () => {
    const v = new Map([
      ['c/a', 0.7],
      ['c/b', 0.5],
      ['c/d', 0.9],
      [`c/${HOLDS_KEY}`, 0],
    ]);
    const base = { scenario: 'perks', claim: 'c', precision: 0.1 } as const;
    expect(recipePick({ ...base, key: 'a', minus: 'b' }, v)[0]).toBeCloseTo(0.2, 12);
    expect(recipePick({ ...base, key: 'a', alsoKeys: ['d'], scale: 100 }, v)).toEqual([70, 90]);
    expect(recipePick({ ...base, key: 'missing' }, v)).toEqual([Number.NaN]);
    expect(recipePick({ kind: 'holds', ...base }, v)).toEqual([0]);
  });
});

describe('truth and lesson recipes', () => {
  it('truth: the ceiling, its square root (the attenuation cap) and 1 − √ceiling', () => {
    const v = new Map([
      ['ceiling', 0.81],
      ['achieved', 0.098],
    ]);
    const t: Omit<TruthRecipe, 'measure'> = { kind: 'truth', scenario: 'attention-vs-influence', precision: 0.1 };
    expect(recipePick({ ...t, measure: 'ceiling' as const }, v)).toEqual([0.81]);
    expect(recipePick({ ...t, measure: 'sqrt-ceiling' as const }, v)[0]).toBeCloseTo(0.9, 12);
    expect(recipePick({ ...t, measure: 'one-minus-sqrt' as const }, v)[0]).toBeCloseTo(0.1, 12);
    expect(recipePick({ ...t, measure: 'achieved' as const }, v)).toEqual([0.098]);
  });
  it('truth: a tighter precision gives a higher ceiling on the same world', () => {
    const t = { kind: 'truth', scenario: 'attention-vs-influence', agents: 300, measure: 'ceiling' } as const;
    const loose = recipePick({ ...t, precision: 0.3 }, recipeRun({ ...t, precision: 0.3 }, 1))[0]!;
    const tight = recipePick({ ...t, precision: 0.05 }, recipeRun({ ...t, precision: 0.05 }, 1))[0]!;
    expect(loose).toBeGreaterThan(0);
    expect(tight).toBeGreaterThan(loose);
    expect(tight).toBeLessThanOrEqual(1);
  });
  it("lesson: the fact the lesson's own analysis states, and whether its point held", () => {
    const lesson = getLesson('consent-and-minors');
    const finding = lesson.analyse(lessonWorld(lesson, 2));
    const r = { kind: 'lesson', lesson: 'consent-and-minors', key: 'neverOptedIn' } as const;
    const v = recipeRun(r, 2);
    expect(recipePick(r, v)).toEqual([finding.facts.neverOptedIn]);
    expect(recipePick({ ...r, key: HOLDS_KEY }, v)).toEqual([finding.holds ? 1 : 0]);
    expect(recipePick({ ...r, key: 'minorsPct', scale: 0.01 }, v)[0]).toBeCloseTo(finding.facts.minorsPct! / 100, 12);
  });
  it('reproduce runs a lesson figure on its quoted and fresh seeds', () => {
    const f: ReproducedFigure = {
      kind: 'reproduced',
      id: 'lesson-test',
      doc: 'docs/lessons.md',
      text: 'x',
      recipe: { kind: 'lesson', lesson: 'consent-and-minors', key: 'people' },
      seeds: [2],
      rule: 'per-seed',
      quoted: [240],
      digits: 0,
      interval: 'student-t',
    };
    const [res] = reproduce([f], { fresh: [7001, 7002] });
    expect(res!.reproduced).toBe(true);
    expect(res!.onFresh).toHaveLength(2);
  });
});
