/**
 * What an agent kind is: how its hidden traits are drawn and how it behaves by default.
 * One file per kind in src/agents; one line in src/agents/registry.ts to register it.
 * Behaviour is vectorised: the engine reads the per-agent trait arrays each tick, so a kind
 * is described by the distributions of its traits rather than by a per-agent method call.
 */
import type { Rng } from '../rng.js';
import type { RoleName } from '../model/roles.js';
import type { AgentParams } from './params.js';

/** Hidden traits of one agent, drawn once at world build. */
export interface Traits {
  /** Persuasiveness of its content (≥ 0; honest mean ≈ 1). */
  appeal: number;
  /** Scale of being moved, in [0, 1]; 0 = cannot be moved. */
  susceptibility: number;
  /** Probability that, once moved, it reacts publicly (in [0, 1]). */
  visibility: number;
  /** Expected posts per tick (≥ 0). */
  activity: number;
  /** Probability of following back a new follower (in [0, 1]). */
  followBack: number;
  /** Expected new organic follows per tick (≥ 0). */
  followRate: number;
  /** Multiplier on how many accounts it follows at world build (≥ 0; 1 = average). */
  outDegreeFactor: number;
  /** 1 when the platform has verified the account. */
  verified: boolean;
  /** 1 when the person opted in to being scored. */
  consent: boolean;
  /** 1 when the account holder is a minor. */
  minor: boolean;
}

/** An agent kind: a role plus the distributions of its traits. */
export interface AgentKind {
  /** Registry id: the role this kind defines (one kind per role in src/model/roles.ts). */
  readonly id: RoleName;
  /** One line for docs and listings. */
  readonly description: string;
  /** Real people can be moved and count towards true influence; bots and sybils cannot. */
  readonly real: boolean;
  /** Draw the hidden traits of one agent of this kind from the `agents` stream, with the run's trait parameters. */
  traits(rng: Rng, p: AgentParams): Traits;
}

/** Mean-one log-normal draw with log-scale spread sigma ≥ 0 (so appeal averages 1 × scale); μ = −σ²/2 makes the mean 1. */
export function meanOneLogNormal(rng: Rng, sigma: number): number {
  return rng.lognormal(-0.5 * sigma * sigma, sigma);
}
