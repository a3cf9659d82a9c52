/**
 * Parameters of Goodhart dynamics, declared as data: the deployed score and its consequences
 * (perks, visibility boost, leaderboard), the interventions (formula public / hidden / rotating,
 * penalty for detected gaming, how many places pay), and the imitation rule of the agents.
 * See docs/dynamics.md for the model and the defaults' rationale.
 * Reference: Goodhart (1975); Szabó & Tőke (1998) for the Fermi imitation rule.
 */
import { ParameterError } from '../errors.js';
import { getScorer } from '../metrics/registry.js';
import type { Scorer } from '../metrics/scorer.js';
import { resolveParams, type ParamSpecs, type ParamValues } from '../params.js';
import { getStrategy, type StrategyDef } from './strategies.js';

/** Every parameter of the dynamics, with ranges and defaults. */
export const DYNAMICS_PARAMS = {
  scorer: {
    kind: 'string',
    source: 'illustrative',
    default: 'klout-like',
    description: 'id of the scorer the platform deploys as its public score (goodhart scorers lists them)',
  },
  rewards: {
    kind: 'bool',
    source: 'illustrative',
    default: true,
    description: 'whether the score has consequences (perks and visibility boost); false = the score is shown but pays nothing',
  },
  deployTick: {
    kind: 'int',
    source: 'illustrative',
    default: 20,
    min: 0,
    max: 1e6,
    description: 'tick the score is deployed (before it, nobody games and nothing is paid)',
  },
  scoreEvery: {
    kind: 'int',
    source: 'illustrative',
    default: 2,
    min: 1,
    max: 1e6,
    description: 'the public score and leaderboard are recomputed every this many ticks',
  },
  topShare: {
    kind: 'number',
    source: 'illustrative',
    default: 0.05,
    min: 0.001,
    max: 1,
    description: 'share of the base population whose leaderboard place pays perks (top k = round(share × agents), at least 1)',
  },
  perk: {
    kind: 'number',
    source: 'illustrative',
    default: 1,
    min: 0,
    max: 1e6,
    description: 'perk value per tick for a paying leaderboard place (reward units)',
  },
  boost: {
    kind: 'number',
    source: 'illustrative',
    default: 1,
    min: 0,
    max: 10,
    description:
      'visibility boost: extra feed showings of each post by a paying leaderboard account (hidden effect: more followers see it)',
  },
  formula: {
    kind: 'enum',
    source: 'illustrative',
    default: 'public',
    choices: ['public', 'hidden', 'rotating'],
    description:
      'public: agents see what pays; hidden: imitation signal noisy, lagged, strategy confused; rotating: the deployed scorer cycles through `rotation` (and the signal is lagged and noisy)',
  },
  rotation: {
    kind: 'string',
    source: 'illustrative',
    default: 'klout-like,klout-like@v2,reactions-received',
    description: 'comma-separated scorer ids the platform cycles through when formula = rotating',
  },
  rotateEvery: { kind: 'int', source: 'illustrative', default: 10, min: 1, max: 1e6, description: 'ticks between formula rotations' },
  signalNoise: {
    kind: 'number',
    source: 'illustrative',
    default: 0.5,
    min: 0,
    max: 1e6,
    description: "standard deviation (reward units) of the noise on a peer's observed payoff when the formula is hidden or rotating",
  },
  signalLag: {
    kind: 'int',
    source: 'illustrative',
    default: 8,
    min: 0,
    max: 1000,
    description: "ticks by which a peer's observed payoff lags when the formula is hidden or rotating",
  },
  confusion: {
    kind: 'number',
    source: 'illustrative',
    default: 0.5,
    min: 0,
    max: 1,
    description: "formula hidden: chance an imitator copies a random strategy instead of the peer's (cannot tell which action paid)",
  },
  penalty: {
    kind: 'bool',
    source: 'illustrative',
    default: false,
    description: 'accounts flagged by the public gaming detector lose their perks and boost',
  },
  reviseRate: {
    kind: 'number',
    source: 'illustrative',
    default: 0.25,
    min: 0,
    max: 1,
    description: 'per-tick chance that an agent with propensity 1 reconsiders its strategy',
  },
  temperature: {
    kind: 'number',
    source: 'illustrative',
    default: 0.1,
    min: 1e-6,
    max: 1e6,
    description: 'Fermi noise K (reward units): adopt with probability 1 / (1 + exp(-(π_peer - π_self) / K))',
  },
  mutation: {
    kind: 'number',
    source: 'illustrative',
    default: 0.005,
    min: 0,
    max: 1,
    description: 'chance that a revision tries a uniformly random strategy instead of imitating (exploration)',
  },
  propensityMean: {
    kind: 'number',
    source: 'illustrative',
    default: 0.4,
    min: 0.001,
    max: 0.999,
    description: 'mean of the hidden imitation propensity, Beta-distributed over agents',
  },
  propensityConcentration: {
    kind: 'number',
    source: 'illustrative',
    default: 4,
    min: 0.01,
    max: 1e4,
    description: 'concentration a + b of the propensity Beta(a, b) (small = very unequal propensities)',
  },
  leaderboardShare: {
    kind: 'number',
    source: 'illustrative',
    default: 0.2,
    min: 0,
    max: 1,
    description: 'share of revisions that compare with a random paying leaderboard account instead of a followee',
  },
  memory: {
    kind: 'number',
    source: 'illustrative',
    default: 0.2,
    min: 0.001,
    max: 1,
    description: "weight α of the latest tick in an agent's running payoff (exponential moving average)",
  },
  strategies: {
    kind: 'string',
    source: 'illustrative',
    default: 'bought-followers,engagement-bots,follow-farming,engagement-pod,volume-spam',
    description: 'comma-separated gaming strategies agents can adopt (besides organic)',
  },
  costScale: {
    kind: 'number',
    source: 'illustrative',
    default: 1,
    min: 0,
    max: 1e6,
    description: "multiplier on every strategy's price per unit",
  },
} as const satisfies ParamSpecs;

/** Resolved dynamics parameters. */
export type DynamicsParams = ParamValues<typeof DYNAMICS_PARAMS>;

/** Dynamics parameters with names resolved: scorers and strategies looked up. */
export interface ResolvedDynamics {
  readonly params: DynamicsParams;
  /** Scorers the platform deploys in turn (one unless formula = rotating). */
  readonly deployed: readonly Scorer[];
  /** Gaming strategies on offer, in the order given. */
  readonly strategies: readonly StrategyDef[];
}

/** Split a comma-separated list into trimmed, non-empty names. */
export function splitNames(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Check raw values against {@link DYNAMICS_PARAMS} and resolve the scorer and strategy names.
 * Throws ParameterError (field prefixed `dynamics.`) or UnknownNameError on a bad value.
 */
export function resolveDynamics(raw: Readonly<Record<string, unknown>> = {}): ResolvedDynamics {
  const params = resolveParams(DYNAMICS_PARAMS, raw, 'dynamics.');
  const ids = params.formula === 'rotating' ? splitNames(params.rotation) : [params.scorer];
  if (ids.length === 0) throw new ParameterError('dynamics.rotation', params.rotation, 'at least one scorer id');
  const deployed = ids.map(getScorer);
  const strategies = splitNames(params.strategies).map(getStrategy);
  if (new Set(strategies.map((s) => s.id)).size !== strategies.length)
    throw new ParameterError('dynamics.strategies', params.strategies, 'distinct strategy ids');
  return { params, deployed, strategies };
}
