/**
 * The public API (src/api.ts, the package's `goodhart` entry point): each helper it defines
 * (world, truth, score, drift, sweep, show, table), and the registries, gauntlet and error classes
 * it re-exports, as a notebook or another package uses them.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/api.js';
import { drift, score, show, sweep, table, truth, world } from '../../src/api.js';

describe('world', () => {
  it('simulates a registered scenario deterministically, seed 1 by default', () => {
    const a = world('attention-vs-influence', { agents: 120, ticks: 3 });
    const b = world('attention-vs-influence', { agents: 120, ticks: 3, seed: 1 });
    expect(a.config.seed).toBe(1);
    expect(a.config.scenario).toBe('attention-vs-influence');
    expect(a.snapshots.length).toBeGreaterThan(0);
    expect(Array.from(a.final.observation.follows.following.targets)).toEqual(Array.from(b.final.observation.follows.following.targets));
    const c = world('attention-vs-influence', { agents: 120, ticks: 3, seed: 2 });
    expect(Array.from(c.final.observation.follows.following.targets)).not.toEqual(
      Array.from(a.final.observation.follows.following.targets),
    );
  });
  it('refuses an unknown scenario naming the known ones', () => {
    expect(() => world('no-such-scenario')).toThrow(api.UnknownNameError);
    expect(() => world('no-such-scenario')).toThrow(/attention-vs-influence/);
  });
});

describe('truth, score and drift', () => {
  const run = world('attention-vs-influence', { agents: 120, ticks: 3 });

  it('truth: one finite estimate ≥ 0 per account, 0 for fake accounts, same for the same seed', () => {
    const t = truth(run.final, { precision: 0.3 });
    expect(t.model).toBe(api.DEFAULT_TRUTH_MODEL);
    expect(t.estimate.length).toBe(run.final.hidden.n);
    for (let v = 0; v < t.estimate.length; v++) {
      expect(t.estimate[v]).toBeGreaterThanOrEqual(0);
      if (!api.isRealRole(run.final.hidden.role[v]!)) expect(t.estimate[v]).toBe(0);
    }
    expect(Array.from(truth(run.final, { precision: 0.3 }).estimate)).toEqual(Array.from(t.estimate));
    expect(truth(run.final, { precision: 0.3, model: 'lt' }).model).toBe('lt');
  });

  it('score: by id, by formula and by Scorer object, keyed by scorer id', () => {
    const s = score(run.final.observation, ['follower-count', 'formula:followers', api.getScorer('pagerank')]);
    expect([...s.keys()]).toEqual(['follower-count', 'formula:followers', 'pagerank']);
    expect(Array.from(s.get('formula:followers')!)).toEqual(Array.from(s.get('follower-count')!));
    expect(s.get('pagerank')!.length).toBe(run.final.observation.n);
    expect(() => score(run.final.observation, ['pagerankk'])).toThrow(api.UnknownNameError);
  });

  it('drift: one row per snapshot, scorer and chosen measure, values in the measure’s range', () => {
    const rows = drift(run, ['follower-count', 'pagerank'], { measures: ['spearman', 'gamer-share-at-k'], k: 5, precision: 0.3 });
    const scored = rows.filter((r) => r.scorer !== api.NOISE_CEILING);
    expect(scored.length).toBe(run.snapshots.length * 2 * 2);
    for (const r of scored) {
      const [lo, hi] = api.getMeasure(r.measure).range;
      if (!Number.isNaN(r.value)) expect(r.value).toBeGreaterThanOrEqual(lo);
      if (!Number.isNaN(r.value)) expect(r.value).toBeLessThanOrEqual(hi);
    }
  });
});

describe('sweep', () => {
  it('gives a mean and an interval inside the measure’s range per budget and scorer, truth-free or not', () => {
    const opts = { agents: 100, ticks: 3, attack: 'bought-followers', budgets: [0, 200], seeds: [1, 2] } as const;
    const pts = sweep('baseline', ['follower-count', 'pagerank'], opts);
    expect(pts.map((p) => [p.budget, p.scorer])).toEqual([
      [0, 'follower-count'],
      [0, 'pagerank'],
      [200, 'follower-count'],
      [200, 'pagerank'],
    ]);
    for (const p of pts) {
      expect(p.lo).toBeLessThanOrEqual(p.mean);
      expect(p.hi).toBeGreaterThanOrEqual(p.mean);
      expect(p.lo).toBeGreaterThanOrEqual(0);
      expect(p.hi).toBeLessThanOrEqual(1);
    }
    // a measure that needs truth (spearman) estimates it, and its range is [-1, 1]
    const withTruth = sweep('baseline', ['follower-count'], { ...opts, budgets: [200], measure: 'spearman' });
    expect(withTruth).toHaveLength(1);
    expect(withTruth[0]!.lo).toBeGreaterThanOrEqual(-1);
  });
});

describe('show and table', () => {
  it('show renders a chart to an inline SVG image with the Jupyter display hook', async () => {
    const d = await show(
      api.driftOverTicksChart(
        api.summariseOverSeeds(
          [0, 1].flatMap((tick) =>
            [1, 2].map((seed) => ({ scenario: 's', seed, tick, scorer: 'a', measure: 'spearman', value: 0.5 + tick / 10 + seed / 100 })),
          ),
        ),
        { measure: 'spearman' },
      ),
    );
    expect(d.bundle['text/html']).toMatch(/^<img alt="[^"]*" src="data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(d.bundle['text/html']!.split('base64,')[1]!.slice(0, -2), 'base64').toString('utf8');
    expect(svg).toContain('<svg');
    expect(d[Symbol.for('Jupyter.display')]!()).toBe(d.bundle);
  });
  it('table escapes HTML and rounds non-integers to 3 decimals', () => {
    const t = table([
      { a: 1, b: 0.123456 },
      { a: '<x>', c: true },
    ]);
    expect(t.bundle['text/html']).toBe(
      '<table><thead><tr><th>a</th><th>b</th><th>c</th></tr></thead><tbody><tr><td>1</td><td>0.123</td><td></td></tr><tr><td>&lt;x></td><td></td><td>true</td></tr></tbody></table>',
    );
    expect(t.bundle['text/plain']).toBe('a\tb\tc\n1\t0.123\t\n&lt;x>\t\ttrue');
  });
});

describe('re-exports', () => {
  it('exposes every registry, the gauntlet and the error classes', () => {
    for (const name of ['SCENARIOS', 'ATTACKS', 'SCORERS', 'TRUTH_MODELS', 'MEASURES', 'LESSONS', 'SUITES']) {
      expect((api as Record<string, unknown>)[name], name).toBeInstanceOf(Array);
    }
    for (const name of [
      'getScenario',
      'getAttack',
      'getScorer',
      'getTruthModel',
      'getMeasure',
      'getLesson',
      'getSuite',
      'runGauntlet',
      'gauntletJunit',
      'gauntletMarkdown',
      'suiteOnGraph',
      'makeRegistry',
      'simulate',
      'resolveRunConfig',
      'loadUserScorer',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(new api.ParameterError('x', 1, 'y')).toBeInstanceOf(api.GoodhartError);
  });
});
