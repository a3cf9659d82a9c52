/**
 * Chart builders. The `toMatchSnapshot` checks are SNAPSHOTS (no-regression), not truths: they
 * only flag that a spec changed; review the diff and update with `npx vitest run -u` when the
 * change is intended. The other checks are properties every spec must have.
 */
import { describe, expect, it } from 'vitest';
import { axisTitles } from '../../src/charts/axis-titles.js';
import { ROLE_COLORS, VEGA_LITE_SCHEMA } from '../../src/charts/common.js';
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
    const logger = { level: () => logger, error: (m: string) => warnings.push(m), warn: (m: string) => warnings.push(m), info: () => logger, debug: () => logger };
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
      [0, 'v1', 1], [0, 'v2', 1],
      [1, 'v1', 2], [1, 'v2', 4],
      [2, 'v1', 4], [2, 'v2', 2],
    ]);
  });
  it('drift chart rejects a measure that is not in the rows', () => {
    expect(() => driftOverTicksChart([], { measure: 'spearman' })).toThrow(ParameterError);
  });
});
