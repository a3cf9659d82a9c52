/**
 * Where a claim holds: for each parameter swept one at a time around a scenario's defaults (the
 * `experiments/claims-*.json` sweeps of issue 14, item 4), the values tested and on how many seeds
 * the claim held at each. The data files `src/scenarios/regions/<scenario>.json` are written by
 * `npm run regions` (scripts/claim-regions.ts) from finished sweep folders, never by hand; each run
 * report draws them per claim (src/pipeline/region-sections.ts).
 */

/** One tested value of a swept parameter. */
export interface RegionPoint {
  readonly value: number | string;
  /** Seeds on which the claim held at this value. */
  readonly held: number;
  /** Seeds the claim was judged on at this value. */
  readonly seeds: number;
}

/** A claim over one swept parameter (one sweep). */
export interface ParameterRegion {
  /** The swept parameter, as `--set` names it (e.g. `influence.beta`). */
  readonly parameter: string;
  /** The sweep's name: its experiment file is `experiments/<sweep>.json`, its report `docs/sweeps/<sweep>/sweep-report.html`. */
  readonly sweep: string;
  /** The command that ran the sweep. */
  readonly command: string;
  /** The settings every cell of the sweep shared (e.g. `world.agents` 2000). */
  readonly base: Readonly<Record<string, number | string | boolean>>;
  /** The region in words as the sweep report states it ("for influence.beta ≥ 0.25"), or null when it has no short description. */
  readonly region: string | null;
  /** The tested values, ascending. */
  readonly points: readonly RegionPoint[];
}

/** A scenario's region file. */
export interface ScenarioRegions {
  readonly scenario: string;
  /** The command that wrote the file (regenerate it with this after re-running the sweeps). */
  readonly generatedBy: string;
  /** Per claim id, one entry per swept parameter. */
  readonly claims: Readonly<Record<string, readonly ParameterRegion[]>>;
}
