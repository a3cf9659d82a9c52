/**
 * The sweep report's charts on fixture sweeps (a 2 × 3 grid × 3 seeds, a one-parameter grid, LHS
 * samples, a three-parameter grid with one seed): which charts there are, that every spec compiles
 * with vega-lite without a warning and draws marks for its data, and that every chart has a caption.
 */
import type { TopLevelSpec } from 'vega-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSvg, stableSvgIds } from '../../../src/charts/render.js';
import { loadSweep, type SweepData } from '../../../src/sweep/report/load.js';
import { sweepCharts, sweepReportInput } from '../../../src/sweep/report/page.js';
import {
  cleanupFixtures,
  gridFixture,
  lhsFixture,
  oneParamFixture,
  threeParamOneSeedFixture,
  writeFixtureSweep,
  type FixtureSpec,
} from './fixtures.js';

afterAll(cleanupFixtures);

const load = (spec: FixtureSpec): Promise<SweepData> => loadSweep(writeFixtureSweep(spec));

/** Data-mark containers of a rendered SVG that hold at least one mark, by mark type. */
function drawnMarks(svg: string): string[] {
  return [...svg.matchAll(/class="mark-(\w+) role-mark[^"]*"[^>]*><(path|text|line|g)\b/g)].map((m) => m[1]!);
}

async function compileWarnings(spec: TopLevelSpec): Promise<string[]> {
  const vl = await import('vega-lite');
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (m: string) => warnings.push(m),
    warn: (m: string) => warnings.push(m),
    info: () => logger,
    debug: () => logger,
  };
  vl.compile(spec, { logger: logger as never });
  return warnings;
}

describe('which charts a sweep gets', () => {
  it('2 × 3 grid: a line per measure × parameter, a heatmap per measure, one chart per claim', async () => {
    const names = sweepCharts(await load(gridFixture())).map((c) => c.name);
    expect(names).toEqual([
      'line--spearman--activity.activityScale',
      'line--spearman--roles.gamer',
      'line--gamer-share-at-k--activity.activityScale',
      'line--gamer-share-at-k--roles.gamer',
      'heatmap--spearman',
      'heatmap--gamer-share-at-k',
      'claim--moved-outnumber-reactions',
    ]);
  });

  it('one parameter: lines and claim lines, no heatmap', async () => {
    const charts = sweepCharts(await load(oneParamFixture()));
    expect(charts.map((c) => c.name)).toEqual(['line--auc-honest-gamer--roles.gamer', 'claim--first-claim', 'claim--second-claim']);
    expect(JSON.stringify(charts[1]!.spec)).not.toContain('"rect"');
  });

  it('LHS samples: a scatter per measure and per claim, no line, no heatmap', async () => {
    const charts = sweepCharts(await load(lhsFixture()));
    expect(charts.map((c) => c.name)).toEqual(['scatter--spearman', 'claim--moved-outnumber-reactions']);
    for (const c of charts) {
      expect(JSON.stringify(c.spec)).not.toMatch(/"(line|rect)"/);
      expect(c.caption).toMatch(/each dot/i);
    }
  });

  it('LHS over one parameter (every sample its own value) is still drawn as dots, not a line', async () => {
    const one = lhsFixture();
    const charts = sweepCharts(
      await load({
        ...one,
        points: one.points!.map((p) => ({ 'influence.beta': p['influence.beta']! })),
        value: (p, seed) => (p['influence.beta'] as number) + seed / 100,
      }),
    );
    expect(drawnMarks(await renderSvg(charts[0]!.spec)).length).toBeGreaterThan(0);
    expect(charts.map((c) => c.name)).toEqual(['scatter--spearman', 'claim--moved-outnumber-reactions']);
  });

  it('three parameters, one seed: captions say what was averaged and that there is no interval', async () => {
    const charts = sweepCharts(await load(threeParamOneSeedFixture()));
    const line = charts.find((c) => c.name === 'line--spearman--activity.activityScale')!;
    expect(line.caption).toContain('averages the other swept parameters (activity.casualLike, roles.broadcaster)');
    expect(line.caption).toContain('1 seed: no interval');
    expect(JSON.stringify(line.spec)).not.toContain('"area"');
    expect(charts.find((c) => c.name === 'heatmap--spearman')!.caption).toContain('averaged over roles.broadcaster');
  });

  it('the grid line chart has a 95% band when there are seeds to spread', async () => {
    const [line] = sweepCharts(await load(gridFixture()));
    expect(JSON.stringify(line!.spec)).toContain('"area"');
    expect(line!.caption).toContain('bands are 95% Fisher z intervals over 3 seeds');
  });
});

describe.each([
  ['2 × 3 grid', gridFixture],
  ['one parameter', oneParamFixture],
  ['LHS', lhsFixture],
  ['three parameters, one seed', threeParamOneSeedFixture],
])('every chart of the %s sweep', (_, fixture) => {
  it('compiles without warnings, draws marks, and has a one-line caption', async () => {
    const data = await load(fixture());
    const charts = sweepCharts(data);
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(await compileWarnings(c.spec), c.name).toEqual([]);
      const marks = drawnMarks(await renderSvg(c.spec));
      expect(marks.length, `${c.name} draws marks`).toBeGreaterThan(0);
      expect(c.caption.length).toBeGreaterThan(40);
      expect(c.caption).not.toContain('\n');
      expect(`${c.caption} ${JSON.stringify(c.spec)}`).not.toMatch(/undefined|NaN/);
    }
  }, 60_000);

  it('the page input has every chart with its caption, and no undefined or NaN', async () => {
    const { input, charts } = sweepReportInput(await load(fixture()));
    const withCharts = input.sections.filter((s) => s.chart);
    expect(withCharts).toHaveLength(charts.length);
    for (const s of withCharts) expect(s.text?.length).toBeGreaterThan(40);
    expect(JSON.stringify(input)).not.toMatch(/undefined|NaN/);
  });
});

describe('heatmap cells', () => {
  it('one rect per grid point and scorer, each with its number', async () => {
    const data = await load(gridFixture());
    const heat = sweepCharts(data).find((c) => c.name === 'heatmap--spearman')!;
    const values = (heat.spec as { data: { values: { label: string }[] } }).data.values;
    expect(values).toHaveLength(6 * 2);
    expect(JSON.stringify(heat.spec)).toContain('"type":"text"');
    const svg = await renderSvg(heat.spec);
    const rects = svg.match(/<path aria-label="activity\.activityScale/g) ?? [];
    expect(rects.length).toBe(12);
    // mean over seeds 1..3 of 0.5 + 0.1·1 − 0 + 0.01·seed + 0.01 (tick 10) at (1, 0) for follower-count: 0.63
    expect(values[0]!.label).toBe('0.63');
  });
});

describe('rendered SVGs are the same bytes whatever was rendered before', () => {
  it('a heatmap with a gradient legend renders identically twice in one process', async () => {
    const heat = sweepCharts(await load(gridFixture())).find((c) => c.name === 'heatmap--spearman')!;
    const a = await renderSvg(heat.spec);
    const b = await renderSvg(heat.spec);
    expect(a).toContain('url(#gradient_0)');
    expect(b).toBe(a);
  });

  it('stableSvgIds renumbers gradients and clip paths by first appearance', () => {
    const svg =
      '<linearGradient id="gradient_7"/><clipPath id="clip12"/><path fill="url(#gradient_7)" clip-path="url(#clip12)"/><g id="gradient_9"/>';
    expect(stableSvgIds(svg)).toBe(
      '<linearGradient id="gradient_0"/><clipPath id="clip0"/><path fill="url(#gradient_0)" clip-path="url(#clip0)"/><g id="gradient_1"/>',
    );
  });
});

describe('big grids stay readable', () => {
  it('a 14 × 8 grid: heatmap cells without numbers; lines average over the other parameter instead of 8 panels', async () => {
    const data = await load({
      grid: { a: Array.from({ length: 14 }, (_, i) => i), b: Array.from({ length: 8 }, (_, i) => i * 10) },
      seeds: [1, 2],
      scorers: ['s'],
      measures: ['m'],
      value: (p, seed) => (p.a as number) + (p.b as number) + seed,
    });
    const charts = sweepCharts(data);
    const heat = JSON.stringify(charts.find((c) => c.name === 'heatmap--m')!.spec);
    expect(heat).toContain('"type":"rect"');
    expect(heat).not.toContain('"type":"text"');
    const lineA = charts.find((c) => c.name === 'line--m--a')!;
    expect(JSON.stringify(lineA.spec)).not.toContain('"facet"');
    expect(lineA.caption).toContain('averages the other swept parameters (b)');
    const lineB = charts.find((c) => c.name === 'line--m--b')!;
    expect(lineB.caption).toContain('averages the other swept parameters (a)');
    expect(drawnMarks(await renderSvg(lineA.spec)).length).toBeGreaterThan(0);
  });
});
