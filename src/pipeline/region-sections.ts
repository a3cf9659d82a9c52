/**
 * "Where this claim holds", per claim, in every run report: the claim's share of seeds holding at
 * each value of each parameter swept one at a time around the scenario's defaults (the region files
 * src/scenarios/regions/<scenario>.json, written by `npm run regions` from the experiments/claims-*
 * sweeps), this run's own setting marked, the sweeps and their commands named, and the
 * `illustrative` defaults the claim depends on (a swept parameter whose value changes the verdict,
 * its declaration's `source` saying `illustrative`). A claim without region data says "region not
 * yet measured" instead of drawing one.
 */
import type { ReportSection } from '../report/render-report.js';
import { claimRegionChart, type ClaimRegionPoint, type ClaimRegionSetting } from '../charts/claim-region.js';
import { parameterSpec, settingsOf } from '../engine/settings.js';
import type { RunConfig } from '../engine/config.js';
import type { ParameterRegion, ScenarioRegions } from '../scenarios/claims/region.js';
import { CLAIM_REGIONS } from '../scenarios/regions/index.js';
import type { Scenario } from '../scenarios/scenario.js';

/** What a report says of a claim the sweeps have not measured. */
export const REGION_NOT_MEASURED = 'region not yet measured';

/** A parameter's value for a sentence (numbers to 4 significant digits). */
function show(v: unknown): string {
  return typeof v === 'number' && !Number.isInteger(v) ? String(Number(v.toPrecision(4))) : String(v);
}

/** The swept parameters on which the claim's share of seeds holding changes across the tested values. */
export function dependsOn(regions: readonly ParameterRegion[]): string[] {
  return regions.filter((r) => new Set(r.points.map((p) => (p.seeds > 0 ? p.held / p.seeds : NaN))).size > 1).map((r) => r.parameter);
}

/** True when the parameter's declared default is a modelling choice (`source` starts with `illustrative`). */
function isIllustrative(name: string): boolean {
  try {
    return parameterSpec(name).source.startsWith('illustrative');
  } catch {
    return false;
  }
}

/** One measured claim's section: its chart and caption. */
export function claimRegionSection(
  claim: { readonly id: string; readonly text: string },
  regions: readonly ParameterRegion[],
  config: RunConfig,
): ReportSection {
  const run = settingsOf(config);
  const points: ClaimRegionPoint[] = [];
  const settings: ClaimRegionSetting[] = [];
  for (const r of regions) {
    for (const p of r.points)
      if (typeof p.value === 'number' && p.seeds > 0)
        points.push({ parameter: r.parameter, value: p.value, share: p.held / p.seeds, seeds: p.seeds });
    const mine = run[r.parameter];
    if (typeof mine === 'number') settings.push({ parameter: r.parameter, value: mine });
  }
  const seeds = Math.max(...regions.flatMap((r) => r.points.map((p) => p.seeds)));
  const base = Object.entries(regions[0]!.base)
    .map(([k, v]) => `${k} ${show(v)}`)
    .join(', ');
  // Regions in words, parameters with the same answer together ("everywhere in the sweep: a, b; for c ≤ 1").
  const same = new Map<string, string[]>();
  for (const r of regions) {
    if (r.region?.startsWith('for ')) continue;
    const k = r.region ?? 'no simple region (see the chart)';
    same.set(k, [...(same.get(k) ?? []), r.parameter]);
  }
  const words = [
    ...regions.filter((r) => r.region?.startsWith('for ')).map((r) => r.region!),
    ...[...same].map(([k, ps]) => `${k} over ${ps.join(', ')}`),
  ].join('; ');
  const sweeps = `${regions.map((r) => r.sweep).join(', ')} (each: goodhart sweep experiments/<sweep>.json --workers 2; report: docs/sweeps/<sweep>/sweep-report.html)`;
  const dep = dependsOn(regions);
  const illustrative = dep.filter(isIllustrative).map((p) => `${p} = ${show(run[p])}`);
  const caption =
    `Share of ${seeds} seeds on which the claim held at each tested value, one parameter changed at a time from the scenario's defaults (${base || 'the defaults'}); ` +
    `the dashed rule is this run's setting. Where it holds on every seed: ${words}. Measured by the sweeps ${sweeps}. ` +
    (dep.length === 0
      ? 'The verdict did not change over any swept value.'
      : illustrative.length > 0
        ? `It depends on illustrative defaults: ${illustrative.join(', ')} (goodhart params gives each source).`
        : `It depends on ${dep.join(', ')}, whose defaults cite a source.`);
  return {
    heading: `Where this claim holds: ${claim.id}`,
    text: claim.text,
    chart: claimRegionChart(points, settings, { title: `Where "${claim.id}" holds`, description: caption }),
    caption,
  };
}

/**
 * The region sections of a run of `scenario` with `config`: one per claim with region data, then
 * one section naming every claim without ("region not yet measured"); none for a scenario without claims.
 */
export function regionSections(
  scenario: Scenario,
  config: RunConfig,
  regions: ScenarioRegions | undefined = CLAIM_REGIONS[scenario.id],
): ReportSection[] {
  const claims = scenario.claims ?? [];
  const out: ReportSection[] = [];
  const missing: string[] = [];
  for (const c of claims) {
    const r = regions?.claims[c.id];
    if (r && r.length > 0) out.push(claimRegionSection(c, r, config));
    else missing.push(c.id);
  }
  if (missing.length > 0)
    out.push({
      heading: 'Where the claims hold',
      text:
        `${missing.join(', ')}: ${REGION_NOT_MEASURED}. No sweep has judged ${missing.length === 1 ? 'this claim' : 'these claims'} over a parameter yet, ` +
        'so this report does not say where else they hold (docs/sweeps.md: one-parameter sweeps and npm run regions).',
    });
  return out;
}
