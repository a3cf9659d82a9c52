/**
 * Region data of the claims from one-parameter sweeps (issue 14, item 4): for each finished sweep
 * folder whose experiment sweeps exactly one parameter on a grid, each claim's share of seeds
 * holding at each tested value, grouped per scenario into the files `src/scenarios/regions/<scenario>.json`
 * that every run report draws (src/pipeline/region-sections.ts). Written by `npm run regions`
 * (scripts/claim-regions.ts), never by hand. Design: no external source (counts of the sweep's
 * `claim:<id>` rows, the region in words from the sweep report's src/sweep/report/region.ts).
 */
import { basename } from 'node:path';
import { ParameterError } from '../errors.js';
import type { ParameterRegion, ScenarioRegions } from '../scenarios/claims/region.js';
import { claimHoldsEverywhere } from './report/aggregate.js';
import { seedValues, type SweepData } from './report/load.js';
import { describeRegion } from './report/region.js';

/** The command that regenerates the region files from the committed experiments' sweep folders. */
export const REGIONS_COMMAND = 'npm run regions -- results/sweeps/claims-*';

/** One sweep folder, loaded (src/sweep/report/load.ts), with the folder's path. */
export interface LoadedSweep {
  readonly dir: string;
  readonly data: SweepData;
}

/** Each claim's region over the sweep's one parameter; a ParameterError when the sweep does not sweep exactly one parameter. */
export function parameterRegions(s: LoadedSweep): Map<string, ParameterRegion> {
  const { data } = s;
  if (data.params.length !== 1 || data.lhs)
    throw new ParameterError(
      'sweep folder',
      s.dir,
      `a sweep of exactly one parameter on a grid (this one sweeps ${data.params.join(', ') || 'none'})`,
    );
  const name = basename(s.dir);
  const parameter = data.params[0]!;
  const order = data.points.map((p, i) => ({ v: p.values[0]!, i })).sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  const base = (data.experiment.base ?? {}) as Record<string, number | string | boolean>;
  const out = new Map<string, ParameterRegion>();
  for (const claim of data.claims) {
    const points = order.map(({ v, i }) => {
      const vals = [...seedValues(data, i, '', `claim:${claim}`)].filter(Number.isFinite);
      return { value: v, held: vals.filter((x) => x === 1).length, seeds: vals.length };
    });
    const holds = claimHoldsEverywhere(data, claim);
    out.set(claim, {
      parameter,
      sweep: name,
      command: `goodhart sweep experiments/${name}.json --workers 2`,
      base,
      region: describeRegion({ params: data.params, points: data.points.map((p) => p.values), holds, grid: true }),
      points,
    });
  }
  return out;
}

/** The region files of every scenario the sweeps cover, by scenario id; claims and parameters in sweep order. */
export function scenarioRegions(sweeps: readonly LoadedSweep[]): Map<string, ScenarioRegions> {
  const byScenario = new Map<string, Map<string, ParameterRegion[]>>();
  for (const s of [...sweeps].sort((a, b) => basename(a.dir).localeCompare(basename(b.dir)))) {
    const claims = byScenario.get(s.data.scenario) ?? new Map<string, ParameterRegion[]>();
    byScenario.set(s.data.scenario, claims);
    for (const [claim, region] of parameterRegions(s)) claims.set(claim, [...(claims.get(claim) ?? []), region]);
  }
  const out = new Map<string, ScenarioRegions>();
  for (const [scenario, claims] of [...byScenario].sort(([a], [b]) => a.localeCompare(b)))
    out.set(scenario, { scenario, generatedBy: REGIONS_COMMAND, claims: Object.fromEntries(claims) });
  return out;
}
