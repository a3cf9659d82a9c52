/**
 * The whole strategies the adaptive attacker chooses among: every attack of the registry whose
 * `adaptiveStrategy` is true (src/attacks/registry.ts), in registry order (an earlier one wins a
 * tie), run with its own step function and default parameters, the adaptive attack's budget schedule
 * (budget, targets, startTick, rampTicks), and the adaptive attack's own fake accounts (a prefix
 * of them, as many as the fixed attack would create). So a strategy played wholesale costs the
 * same per unit and gets the same free side actions (camouflage follows, pod posts, a sybil
 * region's internal links and payload) as the fixed attack it copies.
 * Reference: the portfolio / "best response among pure strategies" view of strategic
 * classification (Hardt et al. 2016, ITCS).
 */
import type { ParamSpecs, ParamValues } from '../../params.js';
import type { COMMON_ATTACK_PARAMS, AttackDefinition } from '../attack.js';

type Common = ParamValues<typeof COMMON_ATTACK_PARAMS>;

/** The adaptive attack's parameters a strategy reads (fleet sizes of the fixed attacks). */
export interface StrategyKnobs extends Common {
  /** Bots in an engaging-bots fleet. */
  readonly bots: number;
  /** Sybils in a sybil region. */
  readonly sybils: number;
}

/** Fleet-size knobs the adaptive attack passes on to a fixed attack that has a parameter of that name. */
const FLEET_KNOBS = ['bots', 'sybils'] as const;

/** One whole strategy: a fixed attack played with the adaptive attack's budget and accounts. */
export interface Strategy {
  /** The fixed attack's id. */
  readonly id: string;
  readonly def: AttackDefinition;
  /** The fixed attack's parameters: its defaults, the shared schedule and fleet sizes. */
  params(k: StrategyKnobs): Record<string, unknown>;
}

function defaults(def: AttackDefinition): Record<string, unknown> {
  return Object.fromEntries(Object.entries(def.params as ParamSpecs).map(([name, spec]) => [name, spec.default]));
}

/** A fixed attack as a strategy: its defaults, the adaptive attack's schedule, and its fleet knobs (`bots`, `sybils`) where it has them. */
export function strategyOf(def: AttackDefinition): Strategy {
  const knobs = FLEET_KNOBS.filter((name) => name in def.params);
  return {
    id: def.id,
    def,
    params: (k) => ({
      ...defaults(def),
      budget: k.budget,
      targets: k.targets,
      startTick: k.startTick,
      rampTicks: k.rampTicks,
      ...Object.fromEntries(knobs.map((name) => [name, k[name]])),
    }),
  };
}

/** Fake accounts the adaptive attack creates so it can play any of `strategies`: the largest fleet any needs (0 at budget 0). */
export function fleetSize(strategies: readonly Strategy[], k: StrategyKnobs): number {
  if (k.budget <= 0 || strategies.length === 0) return 0;
  return Math.max(...strategies.map((s) => s.def.accounts(s.params(k) as never).count));
}

/** The prefix of the adaptive attack's accounts that strategy `s` runs (as many as the fixed attack creates). */
export function strategyAccounts(s: Strategy, k: StrategyKnobs, all: Uint32Array): Uint32Array {
  return all.subarray(0, Math.min(all.length, s.def.accounts(s.params(k) as never).count));
}
