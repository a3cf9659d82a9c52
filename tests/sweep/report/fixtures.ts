/**
 * Fixture sweep folders for the sweep report tests, written by hand the way `goodhart sweep`
 * writes them: the marker, experiment.json and rows.csv (tidy rows through the project's CSV
 * writer), with values from a known formula so tests can check the aggregation.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv, type Cell } from '../../../src/io/csv.js';
import { markerText } from '../../../src/io/result-marker.js';

/** What a fixture sweep holds. */
export interface FixtureSpec {
  readonly scenario?: string;
  /** Grid parameters and their values (first varies slowest), or explicit points. */
  readonly grid?: Readonly<Record<string, readonly (number | string)[]>> | undefined;
  readonly points?: readonly Readonly<Record<string, number | string>>[];
  /** Marks the experiment as Latin-hypercube sampled. */
  readonly lhs?: boolean;
  readonly seeds: readonly number[];
  readonly scorers: readonly string[];
  readonly measures: readonly string[];
  readonly claims?: readonly string[];
  /** Ticks of every cell (default [10]). */
  readonly ticks?: readonly number[];
  /** A measure's value at a point (parameter values by name), seed, scorer, tick; NaN is written empty. */
  readonly value: (p: Readonly<Record<string, number | string>>, seed: number, scorer: string, measure: string, tick: number) => number;
  /** Whether a claim holds at a point and seed. */
  readonly claim?: (p: Readonly<Record<string, number | string>>, seed: number, claim: string) => boolean;
}

/** The points of a spec: the grid's cartesian product (first key slowest), then the explicit points. */
export function fixturePoints(spec: FixtureSpec): Record<string, number | string>[] {
  let pts: Record<string, number | string>[] = [{}];
  for (const [k, vs] of Object.entries(spec.grid ?? {})) pts = pts.flatMap((p) => vs.map((v) => ({ ...p, [k]: v })));
  if (!spec.grid) pts = [];
  return [...pts, ...(spec.points ?? []).map((p) => ({ ...p }))];
}

const made: string[] = [];

/** Remove every temp folder the fixtures made (call in afterAll). */
export function cleanupFixtures(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Write a fixture sweep folder into a new temp folder; returns its path. */
export function writeFixtureSweep(spec: FixtureSpec, parent?: string): string {
  const holder = parent ?? mkdtempSync(join(tmpdir(), 'goodhart-sweep-'));
  if (parent === undefined) made.push(holder);
  const dir = join(holder, 'sweep');
  mkdirSync(dir, { recursive: true });
  const points = fixturePoints(spec);
  const params = [...new Set(points.flatMap((p) => Object.keys(p)))];
  const columns = ['cell', ...params, 'seed', 'tick', 'scorer', 'measure', 'value'];
  const rows: Record<string, Cell>[] = [];
  let c = 0;
  for (const p of points)
    for (const seed of spec.seeds) {
      const cell = `c${String(c++).padStart(6, '0')}`;
      for (const tick of spec.ticks ?? [10]) {
        for (const scorer of spec.scorers)
          for (const measure of spec.measures) {
            const v = spec.value(p, seed, scorer, measure, tick);
            rows.push({ cell, ...p, seed, tick, scorer, measure, value: Number.isNaN(v) ? null : v });
          }
        for (const claim of spec.claims ?? [])
          rows.push({ cell, ...p, seed, tick, scorer: '', measure: `claim:${claim}`, value: spec.claim?.(p, seed, claim) ? 1 : 0 });
      }
    }
  const experiment = {
    scenario: spec.scenario ?? 'silent-majority',
    ...(spec.grid ? { grid: spec.grid } : {}),
    ...(spec.points ? { points: spec.points } : {}),
    ...(spec.lhs ? { lhs: { samples: points.length, seed: 7, ranges: {} } } : {}),
    seeds: spec.seeds,
    scorers: spec.scorers,
    measures: spec.measures,
    ticks: 'final',
    hash: 'f'.repeat(64),
  };
  writeFileSync(join(dir, 'experiment.json'), `${JSON.stringify(experiment, null, 2)}\n`);
  writeFileSync(join(dir, 'rows.csv'), toCsv(columns, rows));
  writeFileSync(join(dir, '.goodhart.json'), markerText('sweep', ['experiment.json', 'rows.csv']));
  return dir;
}

/** The brief's main fixture: a 2 × 3 grid × 3 seeds × 2 scorers × 2 measures + one claim. */
export function gridFixture(): FixtureSpec {
  return {
    scenario: 'silent-majority',
    grid: { 'activity.activityScale': [1, 4], 'roles.gamer': [0, 0.05, 0.1] },
    seeds: [1, 2, 3],
    scorers: ['follower-count', 'klout-like'],
    measures: ['spearman', 'gamer-share-at-k'],
    claims: ['moved-outnumber-reactions'],
    ticks: [5, 10],
    value: (p, seed, scorer, measure, tick) =>
      (measure === 'spearman' ? 0.5 : 0.1) +
      0.1 * (p['activity.activityScale'] as number) -
      (p['roles.gamer'] as number) +
      0.01 * seed +
      (scorer === 'klout-like' ? 0.2 : 0) +
      tick / 1000,
    claim: (p) => (p['activity.activityScale'] as number) >= 4,
  };
}

/** A one-parameter grid: roles.gamer ∈ {0, 0.02, 0.05, 0.1} × 3 seeds, 3 scorers, 1 measure, 2 claims. */
export function oneParamFixture(): FixtureSpec {
  return {
    scenario: 'attention-vs-influence',
    grid: { 'roles.gamer': [0, 0.02, 0.05, 0.1] },
    seeds: [1, 2, 3],
    scorers: ['follower-count', 'klout-like', 'pagerank'],
    measures: ['auc-honest-gamer'],
    claims: ['first-claim', 'second-claim'],
    value: (p, seed, scorer) => 0.9 - 2 * (p['roles.gamer'] as number) + 0.01 * seed - (scorer === 'pagerank' ? 0.05 : 0),
    claim: (p, seed, c) => (c === 'first-claim' ? (p['roles.gamer'] as number) <= 0.02 : seed > 1),
  };
}

/** Latin-hypercube samples over two parameters (not a grid): 12 points × 2 seeds. */
export function lhsFixture(): FixtureSpec {
  const points = Array.from({ length: 12 }, (_, i) => ({
    'influence.beta': 0.1 + ((i * 7) % 12) / 30,
    'activity.casualLike': 0.02 + ((i * 5) % 12) / 100,
  }));
  return {
    scenario: 'silent-majority',
    points,
    lhs: true,
    seeds: [1, 2],
    scorers: ['follower-count', 'engagement-rate'],
    measures: ['spearman'],
    claims: ['moved-outnumber-reactions'],
    value: (p, seed, scorer) =>
      (p['influence.beta'] as number) - (p['activity.casualLike'] as number) + seed / 100 + (scorer === 'follower-count' ? 0.1 : 0),
    claim: (p) => (p['influence.beta'] as number) >= 0.3,
  };
}

/** A three-parameter grid with one seed (no intervals anywhere). */
export function threeParamOneSeedFixture(): FixtureSpec {
  return {
    scenario: 'silent-majority',
    grid: { 'activity.activityScale': [1, 2], 'activity.casualLike': [0.05, 0.1], 'roles.broadcaster': [0, 0.01] },
    seeds: [9],
    scorers: ['follower-count'],
    measures: ['spearman', 'ndcg-at-k'],
    claims: ['moved-outnumber-reactions'],
    value: (p) => (p['activity.activityScale'] as number) / 4 + (p['activity.casualLike'] as number) - (p['roles.broadcaster'] as number),
    claim: (p) => (p['activity.activityScale'] as number) > 1,
  };
}
