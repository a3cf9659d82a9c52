/**
 * Adaptive white-box attacker: given the scorer under test, it rehearses every whole strategy of
 * the attack library and commits its budget to the one that raises its targets' score most.
 *
 *   every `replanEvery` ticks: observe (public) ─▶ for each strategy (each fixed attack, played
 *   with this budget and these accounts), rehearse it to the end of the budget ramp on a public
 *   copy of the platform ─▶ score the rehearsed what-if ─▶ keep the current strategy unless another
 *   projects a standing higher by more than `switchMargin` (on a tie in value, the wider projected
 *   margin over the best other account picks the first choice) ─▶ act: one tick of the chosen strategy
 *
 * Standing = mean share of accounts each target outscores (src/attacks/what-if.ts), so it compares
 * across scorers. Strategies (src/attacks/adaptive/strategies.ts) are the fixed attacks themselves,
 * so playing one wholesale costs the same per unit and gets the same free side actions; the
 * rehearsal (src/attacks/adaptive/rehearse.ts) sees effects that build over ticks. Other people's
 * choices (follow-backs, reply-backs) enter the rehearsal at publicly estimated rates; follow-back
 * rates come from the platform's follow times and from the attacker's own follows, which it
 * records as it plays (src/attacks/adaptive/follow-back.ts). The attacker reads only public data:
 * the platform's public reads, the Observation, the scores and its own actions.
 * A strategy, when played, draws from the stream the fixed attack would have had in this slot
 * (common random numbers): playing one fixed attack throughout reproduces that attack exactly.
 *
 * The scorer: `AttackContext.scorer` when a runner supplies one (the gauntlet passes the scorer
 * under test through `simulate(config, { scorer })`), else the registered scorer named by the
 * `scorer` parameter, so the attack also runs in plain scenarios. Cost unit: actions (one follow,
 * reaction, post, bait, paid post or attack edge = 1, as in the fixed attack played). Accounts:
 * the largest fleet any strategy needs (bots; a sybil region is played with bots, which the
 * platform cannot tell apart from sybils).
 * Reference: Hardt et al. (2016), "Strategic classification", ITCS (best response of a white-box
 * attacker); rollout planning as in Bertsekas, Tsitsiklis & Wu (1997), J. Heuristics.
 */
import { ModelError } from '../errors.js';
import { Rng } from '../rng.js';
import { adaptiveStrategyStream } from '../streams.js';
import { getScorer } from '../metrics/registry.js';
import { defineAttack, releasedBudget, type AttackDefinition, type AttackState } from './attack.js';
import { noExperience, publicFollowBackRates, type FollowExperience } from './adaptive/follow-back.js';
import type { WorldActions } from './world-actions.js';
import { rehearse, type Projection } from './adaptive/rehearse.js';
import { fleetSize, strategyAccounts, strategyOf, type Strategy, type StrategyKnobs } from './adaptive/strategies.js';

/** The adaptive attack's memory across ticks. */
interface AdaptiveState {
  /** Index into the strategy list of the strategy being played. */
  choice?: number;
  /** Private state of each strategy played so far, by id. */
  states?: Record<string, AttackState>;
  /** Projected standing per strategy at the last re-plan (for reports and tests). */
  projected?: number[];
  /** Units spent per strategy id. */
  spentBy?: Record<string, number>;
}

/** What one adaptive attack keeps besides its (serialisable) state: its follow record and one rng per strategy. */
interface Runtime {
  readonly experience: FollowExperience;
  readonly rngs: Map<string, Rng>;
}
const RUNTIME = new WeakMap<AdaptiveState, Runtime>();

function runtimeOf(state: AdaptiveState): Runtime {
  let r = RUNTIME.get(state);
  if (!r) {
    r = { experience: noExperience(), rngs: new Map() };
    RUNTIME.set(state, r);
  }
  return r;
}

/** The world as the strategies act on it, noting each follow they make and whether it was returned at once. */
function recordingFollows(world: WorldActions, exp: FollowExperience): WorldActions {
  const follow: WorldActions['follow'] = (u, v, kind) => {
    const before = world.follows(v, u);
    const made = world.follow(u, v, kind);
    if (made && v < world.base) {
      exp.made.set(v, (exp.made.get(v) ?? 0) + 1);
      if (!before && world.follows(v, u)) exp.returned.set(v, (exp.returned.get(v) ?? 0) + 1);
    }
    return made;
  };
  return {
    n: world.n,
    base: world.base,
    tick: world.tick,
    followerCount: (v) => world.followerCount(v),
    followingCount: (u) => world.followingCount(u),
    follows: (u, v) => world.follows(u, v),
    followeesOf: (u) => world.followeesOf(u),
    followersOf: (v) => world.followersOf(v),
    follow,
    unfollow: (u, v) => world.unfollow(u, v),
    react: (actor, target, kind) => world.react(actor, target, kind),
    post: (author) => world.post(author),
    postsThisTick: (author) => world.postsThisTick(author),
    solicit: (actor, target, kind) => world.solicit(actor, target, kind),
    paidPost: (author) => world.paidPost(author),
  };
}

/**
 * The stream a strategy draws from when played: the stream the fixed attack would have had in
 * the same slot (`…/attack:<i>:adaptive` → `…/attack:<i>:<strategy id>`). Common random numbers:
 * an adaptive attacker that plays one fixed attack throughout makes exactly that attack's draws,
 * so comparisons with the fixed attacks measure its choices, not its dice.
 */
function strategyRng(rngs: Map<string, Rng>, own: Rng, strategyId: string): Rng {
  let r = rngs.get(strategyId);
  if (!r) {
    r = new Rng(adaptiveStrategyStream(own.key, strategyId));
    rngs.set(strategyId, r);
  }
  return r;
}

/** Values closer than this are a tie, broken by the margin. */
const TIE = 1e-12;

/** True when projection a beats b: a higher value, or an equal value and a wider margin. */
function ahead(a: Projection, b: Projection): boolean {
  return a.value > b.value + TIE || (Math.abs(a.value - b.value) <= TIE && a.margin > b.margin);
}

/** The adaptive attack's own parameters. */
const ADAPTIVE_PARAMS = {
  scorer: {
    kind: 'string',
    source: 'illustrative',
    description: 'registered scorer to game when no scorer is supplied by the runner',
    default: 'follower-count',
  },
  replanEvery: {
    kind: 'int',
    source: 'illustrative',
    description: 'ticks between re-plans (each re-plan rehearses every strategy once)',
    default: 1,
    min: 1,
    max: 1e4,
  },
  switchMargin: {
    kind: 'number',
    source: 'illustrative',
    description: 'projected standing gain (0–1) another strategy needs to replace the current one',
    default: 0.01,
    min: 0,
    max: 1,
  },
  bots: { kind: 'int', source: 'illustrative', description: 'fleet size when playing engaging-bots', default: 30, min: 1, max: 1e6 },
  sybils: { kind: 'int', source: 'illustrative', description: 'region size when playing sybil-region', default: 100, min: 1, max: 1e6 },
} as const;

/** The adaptive attack, plus the ids of the strategies it chooses among (for listings and the contract test). */
export type AdaptiveAttack = AttackDefinition<typeof ADAPTIVE_PARAMS> & {
  /** Ids of the fixed attacks it rehearses and plays, in tie-break order. */
  strategyIds(): readonly string[];
};

/**
 * The adaptive attack over the fixed attacks `pool()` returns (read on first use, so the attack
 * registry can pass its own eligible attacks without an import cycle; see src/attacks/registry.ts).
 */
export function makeAdaptiveAttack(pool: () => readonly AttackDefinition[]): AdaptiveAttack {
  let cached: readonly Strategy[] | undefined;
  const strategies = (): readonly Strategy[] => (cached ??= pool().map(strategyOf));
  const def = defineAttack({
    id: 'adaptive',
    description: 'white-box: rehearse every fixed strategy under the scorer being tested and play the one that lifts the targets most',
    costUnit: 'actions',
    source: 'Hardt et al. 2016, ITCS (strategic classification)',
    adaptiveStrategy: false,
    params: ADAPTIVE_PARAMS,
    accounts: (p) => ({ role: 'bot', count: fleetSize(strategies(), p) }),
    step(ctx, p, state: AdaptiveState) {
      if (!ctx.observe) throw new ModelError('the adaptive attack needs the public observation (run it through simulate)');
      const scorer = ctx.scorer ?? getScorer(p.scorer);
      state.states ??= {};
      state.spentBy ??= {};
      const { states, spentBy } = state;
      const k: StrategyKnobs = p;
      const spentSoFar = releasedBudget(p, ctx.tick) - ctx.available;
      // 1. Re-plan: rehearse every strategy from here; switch only for a clear projected gain.
      if (state.choice === undefined || ctx.tick % p.replanEvery === 0) {
        const obs = ctx.observe();
        const controlled = new Set([...ctx.targets, ...ctx.accounts]);
        const followBack = publicFollowBackRates(obs, runtimeOf(state).experience, controlled);
        const start = {
          world: ctx.world,
          tick: ctx.tick,
          targets: ctx.targets,
          accounts: ctx.accounts,
          spent: spentSoFar,
          obs,
          scorer,
          rngKey: ctx.rng.key,
          followBack,
        };
        const projections = strategies().map((s) => rehearse(s, states[s.id] ?? {}, k, start));
        let best = 0;
        projections.forEach((v, i) => {
          if (ahead(v, projections[best]!)) best = i;
        });
        const projected = projections.map((x) => x.value);
        const cur = state.choice;
        if (cur === undefined || projected[best]! > projected[cur]! + p.switchMargin) state.choice = best;
        state.projected = projected;
      }
      // 2. Act: one tick of the chosen strategy, on the real platform.
      const s = strategies()[state.choice!]!;
      states[s.id] ??= {};
      const own = states[s.id]!;
      const rt = runtimeOf(state);
      const world = recordingFollows(ctx.world, rt.experience);
      const spent = s.def.step(
        { ...ctx, world, rng: strategyRng(rt.rngs, ctx.rng, s.id), accounts: strategyAccounts(s, k, ctx.accounts) },
        s.params(k) as never,
        own,
      );
      spentBy[s.id] = (spentBy[s.id] ?? 0) + spent;
      return spent;
    },
  });
  return { ...def, strategyIds: () => strategies().map((s) => s.id) };
}
