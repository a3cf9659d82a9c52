/**
 * An experiment file (docs/sweeps.md): what a sweep runs, read and checked in full before any cell
 * runs, then resolved (defaults filled in, seeds listed, the swept parameters in column order) and
 * hashed, so a sweep folder knows which experiment it holds:
 *
 *   JSON or YAML text ─▶ parse (line, column) ─▶ every field checked (names, values, sizes) ─▶ Experiment ─▶ hash
 *
 * Every wrong input is one ParameterError / UnknownNameError / InputFormatError naming the field,
 * the value and what is allowed. No external source.
 */
import { createHash } from 'node:crypto';
import { InputFormatError, ParameterError, UnknownNameError } from '../errors.js';
import { resolveRunConfig, type RunOverrides } from '../engine/config.js';
import { applySettings } from '../engine/settings.js';
import { MEASURES, getMeasure } from '../drift/registry.js';
import { resolveScorer } from '../metrics/load-user-scorer.js';
import { MAX_SEED } from '../rng.js';
import { getScenario } from '../scenarios/registry.js';
import { MAX_REPLICATES } from '../pipeline/seed-list.js';
import { canonicalJson } from './canonical.js';

/** A setting's value as an experiment file gives it. */
export type SettingValue = number | boolean | string;

/** A resolved experiment: every default filled in; what experiment.json holds (besides `hash`). */
export interface Experiment {
  readonly scenario: string;
  readonly base: Readonly<Record<string, SettingValue>>;
  readonly grid: Readonly<Record<string, readonly SettingValue[]>>;
  readonly points: readonly Readonly<Record<string, SettingValue>>[];
  readonly lhs: {
    readonly samples: number;
    readonly seed: number;
    readonly ranges: Readonly<Record<string, readonly [number, number]>>;
  } | null;
  /** Root seeds, in the order cells use them. */
  readonly seeds: readonly number[];
  readonly scorers: readonly string[];
  readonly measures: readonly string[];
  readonly ticks: 'final' | 'all';
  /** The swept parameters in order of first appearance (grid, points, lhs): the rows' columns, the grid's order (first varies slowest). */
  readonly parameters: readonly string[];
}

const FIELDS = ['scenario', 'base', 'grid', 'points', 'lhs', 'seeds', 'scorers', 'measures', 'ticks'] as const;
/** Most seeds of one experiment (as `goodhart run --seeds`). */
export const MAX_EXPERIMENT_SEEDS = MAX_REPLICATES;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is SettingValue =>
  typeof v === 'boolean' || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** A checker of one setting's value in the scenario: throws naming `where`. */
type SettingCheck = (where: string, name: string, value: unknown) => void;

function settingChecker(scenarioId: string, base: Readonly<Record<string, SettingValue>>): SettingCheck {
  const sc = getScenario(scenarioId);
  const start: RunOverrides = { seed: 1, attacks: (sc.defaults.attacks ?? []).map((a) => ({ id: a.id, params: { ...(a.params ?? {}) } })) };
  return (where, name, value) => {
    if (!isScalar(value)) throw new ParameterError(`${where} "${name}"`, JSON.stringify(value), 'a number, true/false or a string');
    try {
      resolveRunConfig(sc, applySettings(start, { ...base, [name]: value }));
    } catch (e) {
      if (e instanceof UnknownNameError) throw new UnknownNameError(`${where} parameter`, name, e.known, e.allowed);
      if (e instanceof ParameterError) throw new ParameterError(`${where} "${name}"`, value, e.allowed);
      throw e;
    }
  };
}

function settingsObject(where: string, v: unknown): Record<string, unknown> {
  if (v === undefined) return {};
  if (!isObject(v)) throw new ParameterError(where, JSON.stringify(v), 'an object of settings by name, e.g. {"world.agents": 400}');
  return v;
}

function parseSeedsField(v: unknown): number[] {
  const allowed = `a list of distinct integers from 0 to ${MAX_SEED}, or {"count": N, "first": S}`;
  let seeds: unknown[];
  if (v === undefined) return [1];
  if (Array.isArray(v)) seeds = v;
  else if (isObject(v)) {
    const count = v.count;
    const first = v.first ?? 1;
    if (!Number.isSafeInteger(count) || (count as number) < 1 || (count as number) > MAX_EXPERIMENT_SEEDS)
      throw new ParameterError('seeds.count', count, `an integer from 1 to ${MAX_EXPERIMENT_SEEDS}`);
    if (!Number.isSafeInteger(first) || (first as number) < 0 || (first as number) + (count as number) - 1 > MAX_SEED)
      throw new ParameterError('seeds.first', first, `an integer from 0 to ${MAX_SEED - (count as number) + 1}`);
    seeds = Array.from({ length: count as number }, (_, i) => (first as number) + i);
  } else throw new ParameterError('seeds', JSON.stringify(v), allowed);
  if (seeds.length === 0 || seeds.length > MAX_EXPERIMENT_SEEDS)
    throw new ParameterError('seeds', JSON.stringify(v), `from 1 to ${MAX_EXPERIMENT_SEEDS} seeds: ${allowed}`);
  for (const s of seeds)
    if (!Number.isSafeInteger(s) || (s as number) < 0 || (s as number) > MAX_SEED) throw new ParameterError('seeds', s, allowed);
  if (new Set(seeds).size !== seeds.length) throw new ParameterError('seeds', JSON.stringify(v), allowed);
  return seeds as number[];
}

function stringList(field: string, v: unknown, allowed: string): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string'))
    throw new ParameterError(field, JSON.stringify(v), `a non-empty list of ${allowed}`);
  return v as string[];
}

/**
 * Check a parsed experiment file and resolve it. `file` names the file in messages. Every field is
 * checked: names of the scenario, parameters (nearest names first), scorers and measures; every value's
 * range; at least one point in total.
 */
export function resolveExperiment(raw: unknown, file = 'experiment'): Experiment {
  if (!isObject(raw))
    throw new InputFormatError(file, null, 'an experiment file holds one object (JSON) or mapping (YAML) (see docs/sweeps.md)');
  for (const k of Object.keys(raw))
    if (!(FIELDS as readonly string[]).includes(k)) throw new UnknownNameError('experiment field', k, [...FIELDS]);
  if (typeof raw.scenario !== 'string') throw new ParameterError('scenario', raw.scenario, 'a scenario id (goodhart scenarios lists them)');
  const scenario = getScenario(raw.scenario);
  const baseRaw = settingsObject('base', raw.base);
  const check0 = settingChecker(scenario.id, {});
  for (const [k, v] of Object.entries(baseRaw)) check0('base', k, v);
  const base = baseRaw as Record<string, SettingValue>;
  const check = settingChecker(scenario.id, base);
  const parameters: string[] = [];
  const see = (name: string) => {
    if (!parameters.includes(name)) parameters.push(name);
  };
  // grid
  const gridRaw = settingsObject('grid', raw.grid);
  const grid: Record<string, SettingValue[]> = {};
  for (const [name, values] of Object.entries(gridRaw)) {
    if (!Array.isArray(values) || values.length === 0)
      throw new ParameterError(`grid "${name}"`, JSON.stringify(values), 'a non-empty list of values (an empty list makes an empty grid)');
    for (const v of values) check('grid', name, v);
    if (new Set(values).size !== values.length)
      throw new ParameterError(`grid "${name}"`, JSON.stringify(values), 'a list of distinct values');
    grid[name] = values as SettingValue[];
    see(name);
  }
  // points
  if (raw.points !== undefined && !Array.isArray(raw.points))
    throw new ParameterError('points', JSON.stringify(raw.points), 'a list of objects of settings by name');
  const points = ((raw.points as unknown[] | undefined) ?? []).map((p, i) => {
    const o = settingsObject(`points[${i}]`, p);
    for (const [name, v] of Object.entries(o)) check(`points[${i}]`, name, v);
    resolvePointConfig(scenario.id, { ...base, ...(o as Record<string, SettingValue>) }, `points[${i}]`);
    for (const name of Object.keys(o)) see(name);
    return o as Record<string, SettingValue>;
  });
  // lhs
  let lhs: Experiment['lhs'] = null;
  if (raw.lhs !== undefined) {
    const l = settingsObject('lhs', raw.lhs);
    for (const k of Object.keys(l))
      if (!['samples', 'seed', 'ranges'].includes(k)) throw new UnknownNameError('lhs field', k, ['samples', 'seed', 'ranges']);
    if (!Number.isSafeInteger(l.samples) || (l.samples as number) < 1 || (l.samples as number) > 1_000_000)
      throw new ParameterError('lhs.samples', l.samples, 'an integer from 1 to 1000000');
    const seed = l.seed ?? 1;
    if (!Number.isSafeInteger(seed) || (seed as number) < 0 || (seed as number) > MAX_SEED)
      throw new ParameterError('lhs.seed', seed, `an integer from 0 to ${MAX_SEED}`);
    const ranges = settingsObject('lhs.ranges', l.ranges);
    if (Object.keys(ranges).length === 0) throw new ParameterError('lhs.ranges', '{}', 'at least one range {"name": [lo, hi]}');
    for (const [name, r] of Object.entries(ranges)) {
      if (!Array.isArray(r) || r.length !== 2 || !r.every((x) => typeof x === 'number' && Number.isFinite(x)) || r[0] > r[1])
        throw new ParameterError(`lhs.ranges "${name}"`, JSON.stringify(r), '[lo, hi], two numbers with lo ≤ hi');
      check('lhs.ranges', name, r[0]);
      check('lhs.ranges', name, r[1]);
      see(name);
    }
    lhs = { samples: l.samples as number, seed: seed as number, ranges: ranges as Record<string, [number, number]> };
  }
  const seeds = parseSeedsField(raw.seeds);
  const scorers = stringList('scorers', raw.scorers, 'scorer ids (goodhart scorers lists them)') ?? [...scenario.scorers];
  for (const s of scorers) resolveScorer(s);
  const measures =
    stringList('measures', raw.measures, `measure ids (${MEASURES.map((m) => m.id).join(', ')})`) ?? MEASURES.map((m) => m.id);
  for (const m of measures) getMeasure(m);
  const ticks = raw.ticks ?? 'final';
  if (ticks !== 'final' && ticks !== 'all')
    throw new ParameterError('ticks', ticks, '"final" (rows at the last snapshot) or "all" (every snapshot)');
  const exp: Experiment = { scenario: scenario.id, base, grid, points, lhs, seeds, scorers, measures, ticks, parameters };
  if (pointCount(exp) === 0)
    throw new ParameterError(
      'grid',
      JSON.stringify(raw.grid ?? {}),
      'at least one point in total: a grid with values, points, or lhs samples (the grid is empty)',
    );
  return exp;
}

/** Check that `settings` resolve to a RunConfig of the scenario (ParameterError naming `where`). */
export function resolvePointConfig(scenarioId: string, settings: Readonly<Record<string, SettingValue>>, where: string): void {
  const sc = getScenario(scenarioId);
  try {
    resolveRunConfig(
      sc,
      applySettings(
        { seed: 1, attacks: (sc.defaults.attacks ?? []).map((a) => ({ id: a.id, params: { ...(a.params ?? {}) } })) },
        settings,
      ),
    );
  } catch (e) {
    if (e instanceof ParameterError && !(e instanceof UnknownNameError))
      throw new ParameterError(`${where} ${e.field}`, e.value, e.allowed);
    throw e;
  }
}

/** Number of points: the grid's product, plus explicit points, plus LHS samples. */
export function pointCount(e: Experiment): number {
  const names = Object.keys(e.grid);
  const gridN = names.length === 0 ? 0 : names.reduce((p, n) => p * e.grid[n]!.length, 1);
  return gridN + e.points.length + (e.lhs?.samples ?? 0);
}

/** Number of cells (points × seeds). */
export function cellCount(e: Experiment): number {
  return pointCount(e) * e.seeds.length;
}

/** sha256 hex of the experiment's canonical JSON (without the hash field). */
export function experimentHash(e: Experiment): string {
  return createHash('sha256').update(canonicalJson(e)).digest('hex');
}

/** The text of experiment.json: canonical JSON of the experiment plus its `hash`. */
export function experimentFileText(e: Experiment): string {
  return canonicalJson({ ...e, hash: experimentHash(e) });
}
