/**
 * Helpers for the scenario acceptance tests: run a scenario to its final tick, compute the truth
 * there once, and read group statistics (percentiles among real people, Spearman within a subset,
 * top-k membership) that the claims are stated in.
 */
import { resolveRunConfig, type RunOverrides } from '../../src/engine/config.js';
import { simulate, type SimulationResult, type Snapshot } from '../../src/engine/simulate.js';
import { getScorer } from '../../src/metrics/registry.js';
import { realIndices } from '../../src/drift/input.js';
import { percentiles } from '../../src/drift/rank-lift.js';
import { spearman } from '../../src/stats/spearman.js';
import { argsortDescending, gather } from '../../src/stats/ranks.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { estimateTruth } from '../../src/truth/snapshot-truth.js';

/** A finished run with its truth at the final tick and lazily computed scores. */
export interface FinalWorld {
  readonly result: SimulationResult;
  readonly final: Snapshot;
  readonly truth: Float64Array;
  readonly role: Uint8Array;
  /** Real people's indices, ascending. */
  readonly real: Uint32Array;
  score(id: string): Float64Array;
  /** Targets of the run's attack `id` (empty when absent). */
  targets(id: string): Uint32Array;
}

/**
 * Precision of the truth in claim tests: looser than the report's default (0.02) to keep the
 * tests fast; the claims compare groups whose truth differs far more than this.
 */
export const CLAIM_PRECISION = 0.05;

/** The scenario's attacks with every budget set to 0: the no-gaming control of the same seed. */
export function noGaming(scenario: string): NonNullable<RunOverrides['attacks']> {
  return (getScenario(scenario).defaults.attacks ?? []).map((a) => ({ id: a.id, params: { ...(a.params ?? {}), budget: 0 } }));
}

/** Run `scenario` with `seed` (snapshot at the final tick only) and compute its truth there. */
export function finalWorld(scenario: string, seed: number, overrides: Omit<RunOverrides, 'seed'> = {}): FinalWorld {
  const sc = getScenario(scenario);
  const base = resolveRunConfig(sc, { seed, ...overrides });
  const config = { ...base, activity: { ...base.activity, recordEvery: base.ticks } };
  const result = simulate(config);
  const final = result.final;
  const truth = estimateTruth(final.hidden, seed, `truth:${final.tick}`, { precision: CLAIM_PRECISION }).estimate;
  const cache = new Map<string, Float64Array>();
  return {
    result,
    final,
    truth,
    role: final.hidden.role,
    real: realIndices(final.hidden.role),
    score(id) {
      let s = cache.get(id);
      if (!s) cache.set(id, (s = getScorer(id).score(final.observation)));
      return s;
    },
    targets: (id) => result.attacks.find((a) => a.id === id)?.targets ?? new Uint32Array(0),
  };
}

/** Mean percentile in [0, 1] (1 = top) of `group` under `values`, percentiles taken among `real`. */
export function meanPercentile(values: Float64Array, real: Uint32Array, group: ArrayLike<number>): number {
  const p = percentiles(gather(values, real));
  const pos = new Map<number, number>();
  real.forEach((a, j) => pos.set(a, j));
  let s = 0;
  for (let i = 0; i < group.length; i++) s += p[pos.get(group[i]!)!]!;
  return s / group.length;
}

/** Spearman ρ of x and y over the accounts `idx`. */
export function spearmanAmong(x: Float64Array, y: Float64Array, idx: ArrayLike<number>): number {
  return spearman(gather(x, idx), gather(y, idx));
}

/** The `k` accounts of `among` (default: all) with the highest `values`, best first. */
export function topK(values: Float64Array, k: number, among?: ArrayLike<number>): number[] {
  if (!among) return Array.from(argsortDescending(values).slice(0, k));
  const order = argsortDescending(gather(values, among));
  return Array.from(order.slice(0, k), (j) => among[j]!);
}

/** Rank (1 = top, ties by index) of account `i` under `values` among `among` (default: all). */
export function rankOf(values: Float64Array, i: number, among?: ArrayLike<number>): number {
  const v = values[i]!;
  let r = 1;
  const n = among ? among.length : values.length;
  for (let j = 0; j < n; j++) {
    const a = among ? among[j]! : j;
    if (values[a]! > v || (values[a] === v && a < i)) r++;
  }
  return r;
}

/** Accounts of role code `code`. */
export function withRole(role: Uint8Array, code: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < role.length; i++) if (role[i] === code) out.push(i);
  return out;
}

/** Mean of numbers. */
export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
