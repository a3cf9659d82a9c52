/**
 * A run's full configuration, resolved from a scenario's defaults and the user's overrides.
 * Every value here is written to manifest.json, so a run can be reproduced from it alone.
 */
import { MAX_SEED } from '../rng.js';
import { ParameterError } from '../errors.js';
import { resolveParam, resolveParams, type ParamSpec } from '../params.js';
import { INFLUENCE_PARAMS, type InfluenceParams } from '../model/influence.js';
import { getGenerator } from '../graph/generators/registry.js';
import { getAttack } from '../attacks/registry.js';

// The declarations live in ./params.ts; re-exported here, where the code that resolves them always took them from.
export {
  ACTIVITY_PARAMS,
  FOLLOW_PARAMS,
  ROLE_PARAMS,
  ROLE_SHARE_PARAMS,
  type ActivityParams,
  type FollowParams,
  type RoleParams,
  type RoleShares,
} from './params.js';
import { ACTIVITY_PARAMS, FOLLOW_PARAMS, ROLE_PARAMS, type ActivityParams, type FollowParams, type RoleParams } from './params.js';

/** One attack in a run: its registered id and resolved parameters. */
export interface AttackPlan {
  readonly id: string;
  readonly params: Readonly<Record<string, number | boolean | string>>;
  /**
   * Budget per 1,000 real accounts when the budget was given that way; `params.budget` is then
   * budgetPer1000 × (real accounts) / 1000, fixed when the config is resolved.
   */
  readonly budgetPer1000?: number | undefined;
}

/**
 * `attacks.<id>.budgetPer1000`: an attack's budget per 1,000 real accounts (the base population),
 * so that worlds of different size see gaming of the same weight. Instead of `budget`, never with it.
 */
export const BUDGET_PER_1000_PARAM = {
  kind: 'number',
  description: "budget per 1,000 real accounts, in the attack's cost unit (instead of budget; scales with the world)",
  default: 0,
  min: 0,
  max: 1e9,
  source: 'illustrative',
} as const satisfies ParamSpec;

/** Everything that determines a run. Same RunConfig ⇒ byte-identical outputs. */
export interface RunConfig {
  readonly scenario: string;
  readonly seed: number;
  /** Base population (real people; attack-run fake accounts come on top). */
  readonly agents: number;
  readonly ticks: number;
  readonly generator: { readonly id: string; readonly params: Readonly<Record<string, number | boolean | string>> };
  readonly roles: RoleParams;
  readonly activity: ActivityParams;
  readonly influence: InfluenceParams;
  readonly follows: FollowParams;
  readonly attacks: readonly AttackPlan[];
}

/** Defaults a scenario (or lesson) sets for its runs; every one can be overridden from the CLI or the API. */
export interface ScenarioDefaults {
  /** Base population (real people). */
  readonly agents: number;
  readonly ticks: number;
  readonly generator?: { readonly id: string; readonly params?: Readonly<Record<string, unknown>> };
  readonly roles?: Readonly<Record<string, unknown>>;
  readonly activity?: Readonly<Record<string, unknown>>;
  readonly influence?: Readonly<Record<string, unknown>>;
  readonly follows?: Readonly<Record<string, unknown>>;
  readonly attacks?: readonly { readonly id: string; readonly params?: Readonly<Record<string, unknown>> }[];
}

/** User overrides on top of a scenario's defaults (all optional; validated). */
export interface RunOverrides {
  seed: number;
  agents?: number;
  ticks?: number;
  generator?: string;
  generatorParams?: Record<string, unknown>;
  roles?: Record<string, unknown>;
  activity?: Record<string, unknown>;
  influence?: Record<string, unknown>;
  follows?: Record<string, unknown>;
  /** Generator parameters by generator id (from `generator.<id>.<name>` settings); only the run's generator may be given. */
  generatorSettings?: Record<string, Record<string, unknown>>;
  /** Replace the scenario's attack list. */
  attacks?: { id: string; params?: Record<string, unknown> }[];
  /**
   * Parameters merged into the attacks of the run (the scenario's, or `attacks`) by attack id; an id
   * that is not in the run is an error. A `budget` here replaces a `budgetPer1000` there and vice versa.
   */
  attackSettings?: Record<string, Record<string, unknown>>;
}

/**
 * Most agents in one world: 10,000,000. A world keeps a few dozen typed-array columns per agent
 * plus its follow graph (about 20 follows each at the default density, 8 bytes per follow in two
 * directions), about 4 GB at this size: within a 24 GiB machine, and ids stay far below 2^32.
 */
export const MAX_AGENTS = 10_000_000;
/** Most ticks in one run: 100,000 (every tick keeps its counters and the scenario's snapshots; a run this long is hours at any size). */
export const MAX_TICKS = 100_000;

/** Resolve a scenario plus overrides into a fully checked RunConfig (sizes checked before anything is allocated). */
export function resolveRunConfig(scenario: { readonly id: string; readonly defaults: ScenarioDefaults }, o: RunOverrides): RunConfig {
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > MAX_SEED)
    throw new ParameterError('seed', o.seed, `an integer from 0 to ${MAX_SEED}`);
  const d = scenario.defaults;
  const agents = o.agents ?? d.agents;
  if (!Number.isInteger(agents) || agents < 1 || agents > MAX_AGENTS)
    throw new ParameterError('agents', agents, `an integer from 1 to ${MAX_AGENTS}`);
  const ticks = o.ticks ?? d.ticks;
  if (!Number.isInteger(ticks) || ticks < 1 || ticks > MAX_TICKS)
    throw new ParameterError('ticks', ticks, `an integer from 1 to ${MAX_TICKS}`);
  const genId = o.generator ?? d.generator?.id ?? 'community-pa';
  const gen = getGenerator(genId);
  for (const id of Object.keys(o.generatorSettings ?? {}))
    if (id !== genId)
      throw new ParameterError(
        'parameter',
        `generator.${id}.${Object.keys(o.generatorSettings![id]!)[0] ?? ''}`,
        `a parameter of this run's generator, generator.${genId}.* (or set world.generator=${id} too)`,
      );
  const genRaw = {
    ...(o.generator && o.generator !== d.generator?.id ? {} : (d.generator?.params ?? {})),
    ...(o.generatorParams ?? {}),
    ...(o.generatorSettings?.[genId] ?? {}),
  };
  const generatorParams = resolveParams(gen.params, genRaw, `generator.${genId}.`);
  const fixed = gen.size?.(generatorParams as never);
  const activity = resolveParams(ACTIVITY_PARAMS, { ...(d.activity ?? {}), ...(o.activity ?? {}) }, 'activity.');
  checkShares('activity.', activity, ['lurkerShare', 'contributorShare']);
  checkShares('activity.', activity, ['likeShare', 'reshareShare', 'replyShare']);
  const list = o.attacks ?? d.attacks ?? [];
  for (const id of Object.keys(o.attackSettings ?? {}))
    if (!list.some((a) => a.id === id))
      throw new ParameterError(
        'parameter',
        `attacks.${id}.${Object.keys(o.attackSettings![id]!)[0] ?? ''}`,
        `a parameter of an attack of this run (${list.length ? list.map((a) => `attacks.${a.id}.*`).join(', ') : 'this run has no attacks'})`,
      );
  const realAccounts = fixed ?? agents;
  const attacks = list.map((a) => resolveAttack(a.id, a.params ?? {}, o.attackSettings?.[a.id] ?? {}, realAccounts));
  return {
    scenario: scenario.id,
    seed: o.seed,
    agents: fixed ?? agents,
    ticks,
    generator: { id: genId, params: generatorParams },
    roles: resolveParams(ROLE_PARAMS, { ...(d.roles ?? {}), ...(o.roles ?? {}) }, 'roles.'),
    activity,
    influence: resolveParams(INFLUENCE_PARAMS, { ...(d.influence ?? {}), ...(o.influence ?? {}) }, 'influence.'),
    follows: resolveParams(FOLLOW_PARAMS, { ...(d.follows ?? {}), ...(o.follows ?? {}) }, 'follows.'),
    attacks,
  };
}

/** Shares that split one whole must not add up to more than 1: a ParameterError naming them and their sum otherwise. */
function checkShares(prefix: string, values: Readonly<Record<string, number | boolean | string>>, names: readonly string[]): void {
  const sum = names.reduce((s, k) => s + (values[k] as number), 0);
  if (sum > 1 + 1e-12)
    throw new ParameterError(
      names.map((k) => `${prefix}${k}`).join(' + '),
      sum,
      `shares that add up to at most 1 (given ${names.map((k) => values[k]).join(' + ')})`,
    );
}

/**
 * One attack's resolved plan: `over` (the user's) merged on `base` (the scenario's); a budget given
 * per 1,000 real accounts becomes the absolute budget here. Both budget forms at once is an error naming both.
 */
function resolveAttack(
  id: string,
  base: Readonly<Record<string, unknown>>,
  over: Readonly<Record<string, unknown>>,
  realAccounts: number,
): AttackPlan {
  const def = getAttack(id);
  const prefix = `attacks.${id}.`;
  const given = (r: Readonly<Record<string, unknown>>, k: string) => Object.hasOwn(r, k) && r[k] !== undefined;
  const raw: Record<string, unknown> = { ...base };
  if (given(over, 'budget') || given(over, 'budgetPer1000')) {
    delete raw.budget;
    delete raw.budgetPer1000;
  }
  Object.assign(raw, over);
  if (!given(raw, 'budgetPer1000')) {
    delete raw.budgetPer1000;
    return { id, params: resolveParams(def.params, raw, prefix) };
  }
  if (given(raw, 'budget'))
    throw new ParameterError(
      `${prefix}budget`,
      raw.budget,
      `nothing when ${prefix}budgetPer1000 is given (${String(raw.budgetPer1000)}): give the budget one way or the other`,
    );
  const per1000 = resolveParam(`${prefix}budgetPer1000`, BUDGET_PER_1000_PARAM, raw.budgetPer1000) as number;
  delete raw.budgetPer1000;
  raw.budget = (per1000 * realAccounts) / 1000;
  return { id, params: resolveParams(def.params, raw, prefix), budgetPer1000: per1000 };
}
