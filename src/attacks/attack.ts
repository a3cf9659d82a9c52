/**
 * The attack interface: every gaming strategy spends a budget, counted in its own cost unit, to
 * raise the platform-visible standing of its targets. One file per attack in src/attacks, one
 * line in src/attacks/registry.ts. Attacks change what the platform sees (follows, reactions,
 * posts), never what people are moved by: the hidden ties they create are 0 (bought, farmed) or
 * near 0 (courtesy follow-backs).
 *
 * Budget schedule: the budget is released evenly over `rampTicks` ticks from `startTick`, so
 * gaming grows over the run; what a tick does not spend carries over.
 */
import type { ParamSpecs, ParamValues } from '../params.js';
import type { Rng } from '../rng.js';
import type { WorldActions } from './world-actions.js';
import type { Observation } from '../model/observation.js';
import type { Scorer } from '../metrics/scorer.js';

/** Parameters every attack has. */
export const COMMON_ATTACK_PARAMS = {
  budget: {
    kind: 'number',
    source: 'illustrative',
    description: "total budget in the attack's cost unit",
    default: 1000,
    min: 0,
    max: 1e9,
  },
  targets: {
    kind: 'int',
    source: 'illustrative',
    description: 'number of gamer accounts this attack promotes (taken from the gamers)',
    default: 5,
    min: 1,
    max: 1e6,
  },
  startTick: { kind: 'int', source: 'illustrative', description: 'tick the attack starts', default: 0, min: 0, max: 1e6 },
  rampTicks: {
    kind: 'int',
    source: 'illustrative',
    description: 'ticks over which the budget is released evenly',
    default: 20,
    min: 1,
    max: 1e6,
  },
} as const satisfies ParamSpecs;

/** What an attack sees and can do in one tick. */
export interface AttackContext {
  /** Public reads and platform actions (follow, unfollow, react, post, create posts). */
  readonly world: WorldActions;
  /** This attack's own stream (`attack:<index>:<id>`). */
  readonly rng: Rng;
  readonly tick: number;
  /** The gamer accounts it promotes. */
  readonly targets: Uint32Array;
  /** The fake accounts (bots or sybils) it runs, created at world build. */
  readonly accounts: Uint32Array;
  /** Budget available this tick (released so far minus spent so far), in cost units. */
  readonly available: number;
  /** What the platform shows now (public; the simulator's rolling window). For white-box attacks. */
  readonly observe?: () => Observation;
  /** The scorer under test when a runner (the gauntlet) supplies one; white-box attacks use it. */
  readonly scorer?: Scorer;
}

/**
 * An attack's private memory across ticks: a typed object whose fields are all optional, because
 * every instance starts from an empty one (`{}`), e.g. `{ next?: number }`. Kept plain and
 * serialisable (the adaptive attacker clones it with structuredClone to rehearse a strategy).
 */
export type AttackState = object;

/**
 * A registered attack. `S` are its own parameters on top of {@link COMMON_ATTACK_PARAMS}; `St` its
 * private state (see {@link AttackState}).
 */
export interface AttackDefinition<S extends ParamSpecs = ParamSpecs, St extends AttackState = AttackState> {
  readonly id: string;
  readonly description: string;
  /** What one unit of budget buys, e.g. `followers bought`, `follows made`. */
  readonly costUnit: string;
  /** Where the attack is described (paper, report). */
  readonly source: string;
  /**
   * True when the adaptive attacker may rehearse and play this attack as one of its whole
   * strategies (src/attacks/adaptive/strategies.ts); false for meta-attacks such as `adaptive` itself.
   */
  readonly adaptiveStrategy: boolean;
  /** All parameters, including the common ones. */
  readonly params: S & typeof COMMON_ATTACK_PARAMS;
  /** Fake accounts to create at world build for these parameters. */
  accounts(p: ParamValues<S & typeof COMMON_ATTACK_PARAMS>): { role: 'bot' | 'sybil'; count: number };
  /**
   * Act for one tick; returns the cost units spent (≤ ctx.available). `state` is the attack
   * instance's private memory, created empty (`{}`, so every field of `St` is optional) and kept
   * across ticks.
   */
  step(ctx: AttackContext, p: ParamValues<S & typeof COMMON_ATTACK_PARAMS>, state: St): number;
}

/** Declare an attack with its own parameters merged with the common ones; its state type is inferred from `step`. */
export function defineAttack<S extends ParamSpecs, St extends AttackState = AttackState>(
  def: Omit<AttackDefinition<S, St>, 'params'> & { params: S },
): AttackDefinition<S, St> {
  return { ...def, params: { ...COMMON_ATTACK_PARAMS, ...def.params } } as AttackDefinition<S, St>;
}

/** Budget released by the end of `tick` under the linear ramp. */
export function releasedBudget(p: ParamValues<typeof COMMON_ATTACK_PARAMS>, tick: number): number {
  if (tick < p.startTick) return 0;
  const frac = Math.min(1, (tick - p.startTick + 1) / p.rampTicks);
  return p.budget * frac;
}
