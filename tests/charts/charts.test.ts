/**
 * Chart builders. The `toMatchSnapshot` checks are SNAPSHOTS (no-regression), not truths: they
 * only flag that a spec changed; review the diff and update with `npx vitest run -u` when the
 * change is intended. The other checks are properties every spec must have.
 */
import { describe, expect, it } from 'vitest';
import { axisTitles } from '../../src/charts/axis-titles.js';
import { BASE_CONFIG, ROLE_COLORS, SERIES_COLORS, TEXT_SIZE, VEGA_LITE_SCHEMA, seriesScale } from '../../src/charts/common.js';
import { driftOverTicksChart } from '../../src/charts/drift-over-ticks.js';
import { rankChurnData } from '../../src/charts/rank-churn.js';
import { topKComposition } from '../../src/charts/top-k-composition.js';
import { ParameterError } from '../../src/errors.js';
import { Role } from '../../src/model/roles.js';
import { sampleCharts } from './fixtures.js';

const charts = Object.entries(sampleCharts());

describe.each(charts)('chart %s', (name, spec) => {
  it('pins the Vega-Lite v6 schema', () => {
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
  });
  it('sets an x and a y axis title', () => {
    expect(axisTitles(spec).length).toBeGreaterThanOrEqual(2);
  });
  it('compiles with vega-lite without warnings', async () => {
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
    expect(warnings).toEqual([]);
  });
  it('snapshot (no-regression, not a truth)', () => {
    expect(JSON.stringify(spec, null, 1)).toMatchSnapshot(name);
  });
});

describe('chart data helpers', () => {
  it('colours roles with the fixed role scale', () => {
    const spec = sampleCharts()['score-vs-truth'] as { encoding: { color: { scale: { domain: string[]; range: string[] } } } };
    const { domain, range } = spec.encoding.color.scale;
    expect(range[domain.indexOf('gamer')]).toBe(ROLE_COLORS.gamer);
    expect(range[domain.indexOf('bot')]).toBe(ROLE_COLORS.bot);
  });
  it('top-k composition counts each role in each top k (hand-computed)', () => {
    const role = Uint8Array.from([Role.honest, Role.gamer, Role.bot, Role.honest]);
    const rows = topKComposition(new Map([['s', Float64Array.from([1, 5, 4, 4])]]), role, 2);
    // top 2: account 1 (gamer) and a tie between 2 (bot) and 3 (honest) for the last slot.
    expect(rows).toEqual([
      { scorer: 's', role: 'honest', count: 0.5 },
      { scorer: 's', role: 'gamer', count: 1 },
      { scorer: 's', role: 'bot', count: 0.5 },
    ]);
  });
  it('rank churn keeps accounts in the top N of either version with both ranks', () => {
    const role = Uint8Array.from([0, 0, 3, 0]);
    const rows = rankChurnData(Float64Array.from([4, 3, 1, 2]), Float64Array.from([4, 1, 3, 2]), role, { topN: 2 });
    expect(rows.map((r) => [r.agent, r.version, r.rank])).toEqual([
      [0, 'v1', 1],
      [0, 'v2', 1],
      [1, 'v1', 2],
      [1, 'v2', 4],
      [2, 'v1', 4],
      [2, 'v2', 2],
    ]);
  });
  it('scorers, measures and interventions never take a role colour; a scorer keeps its colour in a chart that shows only some', () => {
    for (const c of SERIES_COLORS) expect(Object.values(ROLE_COLORS).map((x) => x.toLowerCase())).not.toContain(c.toLowerCase());
    expect((BASE_CONFIG.range as { category: string[] }).category).toEqual([...SERIES_COLORS]);
    const all = seriesScale(['a', 'b', 'c']);
    const spec = driftOverTicksChart([{ tick: 1, scorer: 'c', measure: 'spearman', mean: 0.5, lo: 0.4, hi: 0.6, n: 2 } as never], {
      measure: 'spearman',
      series: ['a', 'b', 'c'],
    }) as unknown as { spec: { layer: { encoding: { color: { scale: { domain: string[]; range: string[] } } } }[] } };
    const scale = spec.spec.layer[1]!.encoding.color.scale;
    expect(scale.range[scale.domain.indexOf('c')]).toBe(all.range[2]);
  });
  it('text in charts is at least 13 px', () => {
    expect(TEXT_SIZE).toBeGreaterThanOrEqual(13);
    const cfg = BASE_CONFIG as {
      axis: { labelFontSize: number; titleFontSize: number };
      legend: { labelFontSize: number };
      title: { fontSize: number };
    };
    for (const v of [cfg.axis.labelFontSize, cfg.axis.titleFontSize, cfg.legend.labelFontSize, cfg.title.fontSize])
      expect(v).toBeGreaterThanOrEqual(13);
    const small: number[] = [];
    const walk = (n: unknown): void => {
      if (n === null || typeof n !== 'object') return;
      const o = n as Record<string, unknown>;
      if (typeof o.fontSize === 'number' && o.fontSize < 13) small.push(o.fontSize);
      for (const v of Object.values(o)) walk(v);
    };
    for (const [, spec] of charts) walk(spec);
    expect(small).toEqual([]);
  });
  it('drift over ticks draws one panel per scorer (coinciding lines never hide each other)', () => {
    const rows = ['x', 'y', 'z'].map((scorer) => ({ tick: 3, scorer, measure: 'gamer-share-at-k', mean: 0, lo: 0, hi: 0, n: 1 }) as never);
    const spec = driftOverTicksChart(rows, { measure: 'gamer-share-at-k' }) as unknown as { facet: { field: string; sort: string[] } };
    expect(spec.facet.field).toBe('scorer');
    expect(spec.facet.sort).toEqual(['x', 'y', 'z']);
  });
  it('rank churn draws accounts that fall far on a "below" row with their real rank, and always shows focus accounts', () => {
    // 30 accounts; account 0 is top under v1 and last under v2; account 29 (the focus) is last under v1.
    const n = 30;
    const v1 = Float64Array.from({ length: n }, (_, i) => n - i);
    const v2 = Float64Array.from({ length: n }, (_, i) => (i === 0 ? 0 : n - i));
    const rows = rankChurnData(v1, v2, new Uint8Array(n), { topN: 3, focus: new Map([[29, 'nephew']]) });
    const a0 = rows.filter((r) => r.agent === 0);
    expect(a0.map((r) => [r.version, r.rank, r.shown])).toEqual([
      ['v1', 1, 1],
      ['v2', 30, 10],
    ]);
    expect(rows.filter((r) => r.agent === 29).map((r) => r.focus)).toEqual(['nephew', 'nephew']);
  });
  it('drift chart rejects a measure that is not in the rows', () => {
    expect(() => driftOverTicksChart([], { measure: 'spearman' })).toThrow(ParameterError);
  });
});
