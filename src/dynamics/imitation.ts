/**
 * The imitation rule: pairwise comparison with Fermi noise.
 *
 * Each tick, adapting agent i reconsiders with probability reviseRate × propensity_i (its hidden
 * trait). It then either explores (probability `mutation`: a uniformly random strategy), or picks a
 * peer j it can see — a random account it follows, or with probability `leaderboardShare` a random
 * paying account of the public leaderboard — and, when j's strategy differs, adopts it with
 *
 *   P(i adopts s_j) = 1 / (1 + exp(-(π̃_j - π_i) / K))
 *
 * where π_i is i's running payoff (reward − cost, exponential moving average), π̃_j what i
 * observes of j's (exact when the formula is public; lagged and noisy otherwise) and K the noise
 * temperature. With a hidden formula, an imitator copies a random strategy instead of j's with
 * probability `confusion`. Updates are synchronous: every decision reads the strategies at the
 * start of the tick. In a well-mixed population and K → 0 this is the replicator dynamics.
 * References: Szabó & Tőke 1998, Phys. Rev. E 58, 69 (Fermi rule); Taylor & Jonker 1978, Math.
 * Biosci. 40, 145 (replicator dynamics); Traulsen, Nowak & Pacheco 2006 (pairwise comparison).
 */
import type { Rng } from '../rng.js';
import * as pm from '../portable-math.js';

/** Probability in (0, 1) of adopting a strategy whose payoff is `diff` higher, at temperature K > 0. */
export function fermi(diff: number, temperature: number): number {
  return 1 / (1 + pm.exp(-diff / temperature));
}

/** Followee lists in arena form (the engine's `world.graph.out`). */
export interface FolloweeRows {
  readonly start: Uint32Array;
  readonly len: Uint32Array;
  /** The account in slot i (row u = slots start[u] … start[u] + len[u] − 1). */
  neighbour(i: number): number;
}

/** Parameters of one revision round (see DYNAMICS_PARAMS for meanings and ranges). */
export interface ImitationParams {
  readonly reviseRate: number;
  readonly temperature: number;
  readonly mutation: number;
  readonly leaderboardShare: number;
  /** Standard deviation of the noise on an observed peer payoff (0 = exact). */
  readonly signalNoise: number;
  /** Chance of copying a random strategy instead of the peer's (0 = never). */
  readonly confusion: number;
}

/** State one revision round reads and writes. Arrays have one entry per account (length ≥ base). */
export interface ImitationState {
  /** Accounts 0..base-1 are people; peers are only picked among them. */
  readonly base: number;
  /** Strategy codes at the start of the tick (read only). */
  readonly strategy: Uint8Array;
  /** Strategy codes after the round (written; start as a copy of `strategy`). */
  readonly next: Uint8Array;
  /** 1 for agents who adapt. */
  readonly adaptive: Uint8Array;
  /** Hidden imitation propensity in [0, 1]. */
  readonly propensity: Float64Array;
  /** Own running payoff (reward units per tick). */
  readonly payoff: Float64Array;
  /** Peers' payoffs as others see them (the lagged copy when the signal lags). */
  readonly observed: Float64Array;
  readonly followees: FolloweeRows;
  /** Paying leaderboard accounts. */
  readonly leaderboard: Uint32Array;
  /** Strategy codes on offer (organic first). */
  readonly choices: Uint8Array;
}

/**
 * One synchronous revision round. Writes `state.next` and returns the number of agents whose
 * strategy changed. Draws only from `rng`, in agent order, so a round is deterministic in its inputs.
 */
export function reviseStrategies(state: ImitationState, p: ImitationParams, rng: Rng): number {
  const { base, strategy, next, adaptive, propensity, payoff, observed, followees, leaderboard, choices } = state;
  next.set(strategy);
  let changed = 0;
  for (let i = 0; i < base; i++) {
    if (!adaptive[i] || rng.next() >= p.reviseRate * propensity[i]!) continue;
    let s = strategy[i]!;
    if (rng.next() < p.mutation) {
      s = choices[rng.int(choices.length)]!;
    } else {
      let j = -1;
      if (leaderboard.length > 0 && rng.next() < p.leaderboardShare) j = leaderboard[rng.int(leaderboard.length)]!;
      else if (followees.len[i]! > 0) j = followees.neighbour(followees.start[i]! + rng.int(followees.len[i]!));
      if (j < 0 || j >= base || j === i || strategy[j] === s) continue;
      const seen = observed[j]! + (p.signalNoise > 0 ? rng.normal(0, p.signalNoise) : 0);
      if (rng.next() >= fermi(seen - payoff[i]!, p.temperature)) continue;
      s = p.confusion > 0 && rng.next() < p.confusion ? choices[rng.int(choices.length)]! : strategy[j]!;
    }
    if (s !== strategy[i]) {
      next[i] = s;
      changed++;
    }
  }
  return changed;
}
