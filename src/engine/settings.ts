/**
 * Every model parameter by one flat dotted name, so any of them can be set without code
 * (`--set influence.audienceTie=0.2`, `--config experiment.json`, the API) and every resolved value
 * recorded (manifest.json `parameters`). The names, by concern:
 *
 *   world.agents, world.ticks, world.generator    size and topology (the `--agents/--ticks/--generator` shorthands)
 *   generator.<generator id>.<name>               the graph generator's own parameters (src/graph/generators)
 *   roles.*                                        role shares and each role's traits (src/engine/config.ts, src/agents/params.ts)
 *   activity.*                                     posting, reactions, the 90-9-1 tiers, windows
 *   influence.*                                    the move-probability formula and tie strengths (src/model)
 *   follows.*                                      organic follow dynamics
 *   attacks.<attack id>.<name>                     an attack of the run (`budgetPer1000` instead of `budget` scales with the world)
 *
 * Every declaration has a `source` (a citation, or `illustrative`). Settings are checked where
 * they enter: an unknown name is an {@link UnknownNameError} with the nearest declared names, a bad
 * value a ParameterError naming the field, the value and what is allowed.
 */
import { ParameterError, UnknownNameError } from '../errors.js';
import { describeAllowed, nearestNames, resolveParam, type ParamSpec, type ParamSpecs } from '../params.js';
import { INFLUENCE_PARAMS } from '../model/influence.js';
import { GENERATORS } from '../graph/generators/registry.js';
import { ATTACKS } from '../attacks/registry.js';
import {
  ACTIVITY_PARAMS,
  BUDGET_PER_1000_PARAM,
  FOLLOW_PARAMS,
  MAX_AGENTS,
  MAX_TICKS,
  ROLE_PARAMS,
  type RunConfig,
  type RunOverrides,
  type ScenarioDefaults,
} from './config.js';

/** Flat dotted parameter names → raw values (strings from the command line, JSON values from a file or the API). */
export type Settings = Readonly<Record<string, unknown>>;

/** One row of `goodhart params`: a declared parameter and its default in the scenario listed. */
export interface ParameterRow {
  readonly name: string;
  readonly kind: ParamSpec['kind'];
  /** The value a run takes when nothing sets it (the scenario's, else the declared default); null when unset (a budget given per 1,000). */
  readonly default: number | string | boolean | null;
  /** What is allowed, e.g. `a number from 0 to 1`. */
  readonly allowed: string;
  readonly description: string;
  /** A citation, or `illustrative`. */
  readonly source: string;
}

/** The `world.*` parameters (their defaults are the scenario's). */
export const WORLD_PARAMS = {
  agents: {
    kind: 'int',
    description: 'real people in the base population (attack accounts come on top)',
    default: 2000,
    min: 1,
    max: MAX_AGENTS,
    source: 'illustrative',
  },
  ticks: { kind: 'int', description: 'ticks to simulate', default: 30, min: 1, max: MAX_TICKS, source: 'illustrative' },
  generator: {
    kind: 'enum',
    description: 'graph generator of the initial follow graph',
    default: 'community-pa',
    choices: GENERATORS.map((g) => g.id),
    source: 'illustrative',
  },
} as const satisfies ParamSpecs;

/** The parameter groups that map one to one onto a RunConfig field. */
const GROUPS = { roles: ROLE_PARAMS, activity: ACTIVITY_PARAMS, influence: INFLUENCE_PARAMS, follows: FOLLOW_PARAMS } as const;
type Group = keyof typeof GROUPS;

/** Every declared name and its spec (all generators and attacks: a setting may switch the generator). */
function declared(): Map<string, ParamSpec> {
  const m = new Map<string, ParamSpec>();
  for (const [k, spec] of Object.entries(WORLD_PARAMS)) m.set(`world.${k}`, spec);
  for (const g of GENERATORS) for (const [k, spec] of Object.entries(g.params)) m.set(`generator.${g.id}.${k}`, spec);
  for (const [group, specs] of Object.entries(GROUPS)) for (const [k, spec] of Object.entries(specs)) m.set(`${group}.${k}`, spec);
  for (const a of ATTACKS) {
    for (const [k, spec] of Object.entries(a.params)) m.set(`attacks.${a.id}.${k}`, spec);
    m.set(`attacks.${a.id}.budgetPer1000`, BUDGET_PER_1000_PARAM);
  }
  return m;
}

let declaredCache: Map<string, ParamSpec> | undefined;
/** Every settable name with its spec. */
export function declaredParameters(): ReadonlyMap<string, ParamSpec> {
  declaredCache ??= declared();
  return declaredCache;
}

/** The spec of `name`, or an UnknownNameError listing the nearest declared names. */
export function parameterSpec(name: string): ParamSpec {
  const spec = declaredParameters().get(name);
  if (spec) return spec;
  const near = nearestNames(name, [...declaredParameters().keys()]);
  throw new UnknownNameError('parameter', name, near, `a declared parameter; nearest: ${near.join(', ')} (goodhart params lists them all)`);
}

/**
 * Apply settings on top of overrides: each name checked against its declaration, each value
 * converted and range-checked, then placed where {@link resolveRunConfig} takes it. The generator
 * and attack parameters are checked against the run's generator and attacks when the config is resolved.
 * @returns new overrides (the input is not changed)
 */
export function applySettings(o: RunOverrides, s: Settings): RunOverrides {
  const out: RunOverrides = { ...o };
  const into = (field: Group | 'generatorSettings' | 'attackSettings', key: string, sub: string | undefined, v: unknown) => {
    if (field === 'generatorSettings' || field === 'attackSettings') {
      const outer = { ...(out[field] ?? {}) };
      outer[key] = { ...(outer[key] ?? {}), [sub!]: v };
      out[field] = outer;
    } else out[field] = { ...(out[field] ?? {}), [key]: v };
  };
  for (const name of Object.keys(s)) {
    const spec = parameterSpec(name);
    const v = resolveParam(name, spec, s[name]);
    const parts = name.split('.');
    const [group, a, b] = parts as [string, string, string | undefined];
    if (group === 'world') {
      if (a === 'agents') out.agents = v as number;
      else if (a === 'ticks') out.ticks = v as number;
      else out.generator = v as string;
    } else if (group === 'generator') into('generatorSettings', a, b, v);
    else if (group === 'attacks') into('attackSettings', a, b, v);
    else into(group as Group, a, undefined, v);
  }
  return out;
}

/**
 * `name=value` items (from repeated `--set`) as settings; an item without `=`, or a name given
 * twice, is a ParameterError. Values stay text: {@link applySettings} converts them by kind.
 */
export function parseSetItems(items: readonly string[], field = '--set'): Settings {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new ParameterError(field, item, 'name=value, e.g. influence.audienceTie=0.2 (goodhart params lists the names)');
    const name = item.slice(0, eq).trim();
    if (Object.hasOwn(out, name))
      throw new ParameterError(field, item, `each name once (${name} is already set to ${JSON.stringify(out[name])})`);
    out[name] = item.slice(eq + 1);
  }
  return out;
}

/** Every resolved value of a run by flat name, names sorted: what manifest.json records, and what `--config` reads back. */
export function settingsOf(config: RunConfig): Record<string, number | string | boolean> {
  const flat: Record<string, number | string | boolean> = {
    'world.agents': config.agents,
    'world.ticks': config.ticks,
    'world.generator': config.generator.id,
  };
  for (const [k, v] of Object.entries(config.generator.params)) flat[`generator.${config.generator.id}.${k}`] = v;
  for (const group of Object.keys(GROUPS) as Group[]) for (const [k, v] of Object.entries(config[group])) flat[`${group}.${k}`] = v;
  for (const a of config.attacks) {
    for (const [k, v] of Object.entries(a.params)) if (!(k === 'budget' && a.budgetPer1000 !== undefined)) flat[`attacks.${a.id}.${k}`] = v;
    if (a.budgetPer1000 !== undefined) flat[`attacks.${a.id}.budgetPer1000`] = a.budgetPer1000;
  }
  return Object.fromEntries(
    Object.keys(flat)
      .sort()
      .map((k) => [k, flat[k]!]),
  );
}

/**
 * Every parameter a run of `scenario` can set, with its default there: the world, the scenario's
 * generator, every group, and the scenario's attacks (with `budgetPer1000`). Without a scenario:
 * the declared defaults, every generator and every attack.
 */
export function listParameters(scenario?: { readonly defaults: ScenarioDefaults }): ParameterRow[] {
  const rows: ParameterRow[] = [];
  const row = (name: string, spec: ParamSpec, value: unknown) =>
    rows.push({
      name,
      kind: spec.kind,
      default: value === null ? null : (resolveParam(name, spec, value) as number | string | boolean),
      allowed: describeAllowed(spec),
      description: spec.description,
      source: spec.source,
    });
  const d = scenario?.defaults;
  const genId = d?.generator?.id ?? WORLD_PARAMS.generator.default;
  for (const [k, spec] of Object.entries(WORLD_PARAMS))
    row(`world.${k}`, spec, d === undefined ? undefined : k === 'agents' ? d.agents : k === 'ticks' ? d.ticks : genId);
  for (const g of GENERATORS) {
    if (d !== undefined && g.id !== genId) continue;
    const given = d?.generator?.params ?? {};
    for (const [k, spec] of Object.entries(g.params)) row(`generator.${g.id}.${k}`, spec, given[k]);
  }
  for (const group of Object.keys(GROUPS) as Group[]) {
    const given = d?.[group] ?? {};
    for (const [k, spec] of Object.entries(GROUPS[group] as ParamSpecs)) row(`${group}.${k}`, spec, given[k]);
  }
  const attacks = d === undefined ? ATTACKS.map((a) => ({ id: a.id, params: {} })) : (d.attacks ?? []);
  for (const a of attacks) {
    const def = ATTACKS.find((x) => x.id === a.id)!;
    const given: Readonly<Record<string, unknown>> = a.params ?? {};
    const per1000 = given.budgetPer1000;
    for (const [k, spec] of Object.entries(def.params))
      row(`attacks.${a.id}.${k}`, spec, k === 'budget' && per1000 !== undefined ? null : given[k]);
    row(`attacks.${a.id}.budgetPer1000`, BUDGET_PER_1000_PARAM, per1000 === undefined ? null : per1000);
  }
  return rows;
}
