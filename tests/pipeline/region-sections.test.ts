/**
 * Where each claim holds, in every run report (issue 14, item 4): a claim with region data (the
 * committed src/scenarios/regions files, from the experiments/claims-* sweeps) gets a "where this
 * claim holds" chart whose caption names the sweeps and their command and marks the illustrative
 * defaults the claim depends on; a claim without data says "region not yet measured" and draws
 * nothing. The region data are built from a sweep's claim rows (src/sweep/regions.ts), checked on a
 * hand-made sweep whose shares are known.
 */
import { describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { regionSections, REGION_NOT_MEASURED } from '../../src/pipeline/region-sections.js';
import type { ScenarioRegions } from '../../src/scenarios/claims/region.js';
import { CLAIM_REGIONS } from '../../src/scenarios/regions/index.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { scenarioRegions } from '../../src/sweep/regions.js';
import { valueKey, type SweepData } from '../../src/sweep/report/load.js';
import { ParameterError } from '../../src/errors.js';

const configOf = (id: string, set: Parameters<typeof resolveRunConfig>[1] = { seed: 1 }) => resolveRunConfig(getScenario(id), set);

/** The data rows of a section's chart. */
const rowsOf = (spec: unknown) => (spec as { data: { values: Record<string, unknown>[] } }).data.values;

describe('region sections of a run report', () => {
  it('every claim of the scenarios with region data gets a chart and a caption naming its sweeps and command', () => {
    for (const id of ['attention-vs-influence', 'silent-majority', 'engagement-pod', 'bought-vs-engaging']) {
      const sc = getScenario(id);
      expect(CLAIM_REGIONS[id], id).toBeDefined();
      const secs = regionSections(sc, configOf(id));
      expect(secs.map((s) => s.heading)).toEqual(sc.claims!.map((c) => `Where this claim holds: ${c.id}`));
      for (const s of secs) {
        expect(s.chart, s.heading).toBeDefined();
        expect(s.caption).toMatch(/Measured by the sweeps claims-/);
        expect(s.caption).toContain('goodhart sweep experiments/<sweep>.json --workers 2');
        expect(s.caption).toContain("the dashed rule is this run's setting");
        expect(s.caption).not.toContain(REGION_NOT_MEASURED);
      }
    }
  });

  it("the chart marks the run's own setting of each swept parameter", () => {
    const sc = getScenario('engagement-pod');
    const rows = rowsOf(regionSections(sc, configOf('engagement-pod', { seed: 1, roles: { gamerPosts: 0.75 } }))[0]!.chart);
    expect(rows).toContainEqual(expect.objectContaining({ parameter: 'roles.gamerPosts', value: 0.75, kind: 'this run' }));
    const measured = rows.filter((r) => r.kind === 'measured' && r.parameter === 'roles.gamerPosts');
    expect(measured.length).toBeGreaterThanOrEqual(4);
    for (const r of measured) expect(r.share as number).toBeGreaterThanOrEqual(0);
  });

  it('a scenario without region data says "region not yet measured" and draws no chart', () => {
    const sc = getScenario('algorithm-change');
    expect(CLAIM_REGIONS['algorithm-change']).toBeUndefined();
    const secs = regionSections(sc, configOf('algorithm-change'));
    expect(secs).toHaveLength(1);
    expect(secs[0]!.chart).toBeUndefined();
    expect(secs[0]!.text).toContain(`${sc.claims!.map((c) => c.id).join(', ')}: ${REGION_NOT_MEASURED}`);
    expect(regionSections(getScenario('baseline'), configOf('baseline'))).toEqual([]);
  });

  it('names the illustrative defaults a claim depends on, and only those', () => {
    const sc = getScenario('engagement-pod');
    const claim = sc.claims![0]!.id;
    const region = (held: number[]): ScenarioRegions => ({
      scenario: sc.id,
      generatedBy: 'test',
      claims: {
        [claim]: [
          {
            parameter: 'roles.gamerAppeal',
            sweep: 'claims-x',
            command: 'goodhart sweep experiments/claims-x.json --workers 2',
            base: { 'world.agents': 2000 },
            region: null,
            points: held.map((h, i) => ({ value: i + 1, held: h, seeds: 2 })),
          },
        ],
      },
    });
    const varying = regionSections(sc, configOf(sc.id), region([2, 2, 0]))[0]!;
    expect(varying.caption).toContain('It depends on illustrative defaults: roles.gamerAppeal = 0.5');
    const flat = regionSections(sc, configOf(sc.id), region([2, 2, 2]))[0]!;
    expect(flat.caption).toContain('The verdict did not change over any swept value.');
    // The other claims of the scenario have no data in this file: one "not yet measured" section.
    expect(regionSections(sc, configOf(sc.id), region([2]))).toHaveLength(2);
  });
});

/** A one-parameter sweep with 3 points × 2 seeds and claim `c` holding on the given seeds. */
function sweep(held: readonly (readonly number[])[], params = ['influence.beta']): SweepData {
  const values = new Map<string, Float64Array>();
  for (const [i, h] of held.entries()) values.set(valueKey(i, '', 'claim:c'), Float64Array.from(h));
  return {
    experiment: { base: { 'world.agents': 2000 } },
    scenario: 'silent-majority',
    params,
    points: [0.4, 0.1, 0.25].map((v) => ({ values: params.map(() => v), tick: 29 })),
    seeds: [1, 2],
    scorers: [],
    measures: [],
    claims: ['c'],
    lhs: false,
    cells: 6,
    rows: 6,
    failed: 0,
    values,
  };
}

describe('region data from sweep rows', () => {
  it('counts the seeds holding per value, values ascending, with the sweep, its command and its region in words', () => {
    const out = scenarioRegions([
      {
        dir: 'results/sweeps/claims-silent-beta',
        data: sweep([
          [0, 0],
          [1, 1],
          [1, NaN],
        ]),
      },
    ]);
    const r = out.get('silent-majority')!;
    expect(r.generatedBy).toBe('npm run regions -- results/sweeps/claims-*');
    expect(r.claims.c).toEqual([
      {
        parameter: 'influence.beta',
        sweep: 'claims-silent-beta',
        command: 'goodhart sweep experiments/claims-silent-beta.json --workers 2',
        base: { 'world.agents': 2000 },
        region: 'for influence.beta ≤ 0.25',
        points: [
          { value: 0.1, held: 2, seeds: 2 },
          { value: 0.25, held: 1, seeds: 1 },
          { value: 0.4, held: 0, seeds: 2 },
        ],
      },
    ]);
  });

  it('refuses a sweep of more than one parameter', () => {
    expect(() =>
      scenarioRegions([
        {
          dir: 'x',
          data: sweep(
            [
              [1, 1],
              [1, 1],
              [1, 1],
            ],
            ['a', 'b'],
          ),
        },
      ]),
    ).toThrow(ParameterError);
  });
});
