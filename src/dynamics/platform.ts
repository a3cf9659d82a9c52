/**
 * The platform side of a deployed score: the public leaderboard and the places that pay.
 * The leaderboard ranks every account by the deployed scorer (the platform cannot tell bots from
 * people); with the penalty on, accounts the public detector flags are skipped. The top k
 * unflagged accounts are the paying places: each earns `perk` per tick and gets its posts shown
 * `boost` more times (see controller.ts).
 * Reference: Goodhart (1975), "Problems of monetary management: the U.K. experience".
 */
import type { Observation } from '../model/observation.js';
import type { Scorer } from '../metrics/scorer.js';
import { argsortDescending } from '../stats/ranks.js';
import { detectGaming } from './detector.js';

/** The public leaderboard at one recomputation. */
export interface Leaderboard {
  /** Tick it was computed at. */
  readonly tick: number;
  /** Id of the scorer that made it. */
  readonly scorer: string;
  /** Score of every account (length n). */
  readonly score: Float64Array;
  /** Every account, best first (ties: lower id first). */
  readonly order: Uint32Array;
  /** The paying places: the first k accounts of `order` that are not flagged. */
  readonly paying: Uint32Array;
  /** Detector rule bits per account when the penalty is on, else null. */
  readonly flags: Uint8Array | null;
}

/** Number of paying places for a base population and a top share in (0, 1]: round(share × base), at least 1. */
export function payingPlaces(base: number, topShare: number): number {
  return Math.max(1, Math.round(topShare * base));
}

/**
 * Score every account with `scorer`, rank them, and pick the `k` paying places (skipping flagged
 * accounts when `penalty` is true).
 */
export function computeLeaderboard(obs: Observation, scorer: Scorer, k: number, penalty: boolean): Leaderboard {
  const score = scorer.score(obs);
  const order = argsortDescending(score);
  const flags = penalty ? detectGaming(obs) : null;
  const paying: number[] = [];
  for (let r = 0; r < order.length && paying.length < k; r++) {
    const v = order[r]!;
    if (!flags || flags[v] === 0) paying.push(v);
  }
  return { tick: obs.tick, scorer: scorer.id, score, order, paying: Uint32Array.from(paying), flags };
}
