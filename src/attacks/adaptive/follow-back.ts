/**
 * The follow-back rates a would-be farmer can estimate, from two public sources:
 *
 * 1. Its own experience (exact): every follow its accounts made and whether the followed account
 *    returned it on the spot. It knows these even for follows it later undid, so farming's
 *    unfollow-the-ungrateful habit cannot hide the failures from it.
 * 2. The platform's follow times: a follow u → v made during the run (tick > 0) that v returned in
 *    the same tick shows v's habit of following back. Which of a same-tick pair came first is not
 *    public, so each side is credited half. Follows touching the attacker's own accounts or targets
 *    are left out here (they are in source 1).
 *
 *   global rate g = (returns + 1) / (follows + 10)            (a weak prior of 10 %)
 *   rate of v    = (returns_v + K·g) / (follows_v + K)        (K = 5: shrink thin evidence to g)
 *
 * Known biases of source 2 (docs/gauntlet.md): survivorship — follows undone before the snapshot
 * (other farmers' unfollows) are not seen, so rates lean high; the half credit moves rate from
 * the account that returned a follow to the one that made it. Tick-0 follows are all left out
 * (the starting network cannot be told apart from follows made in the first tick).
 * Reference: empirical-Bayes shrinkage of a rate (Efron & Morris 1975, JASA 70(350)).
 */
import { findEdge } from '../../graph/csr.js';
import type { Observation } from '../../model/observation.js';
import { DEFAULT_FOLLOW_BACK } from './lookahead-world.js';

/** Prior strength (pseudo-follows) of the shrinkage towards the global rate. */
const K = 5;
/** Pseudo-follows behind the global rate's prior, {@link DEFAULT_FOLLOW_BACK}. */
const PRIOR_FOLLOWS = 10;

/** The attacker's own follows by followed account: how many it made, how many were returned at once. */
export interface FollowExperience {
  readonly made: Map<number, number>;
  readonly returned: Map<number, number>;
}

/** An empty experience record. */
export function noExperience(): FollowExperience {
  return { made: new Map(), returned: new Map() };
}

/**
 * Per-account estimated probability in [0, 1] that the account follows back a new follower at once.
 * @param own the attacker's own follows so far (source 1)
 * @param controlled the attacker's own accounts and targets (left out of source 2)
 */
export function publicFollowBackRates(
  obs: Observation,
  own: FollowExperience = noExperience(),
  controlled: ReadonlySet<number> = new Set(),
): Float64Array {
  const { following } = obs.follows;
  const { offsets, targets } = following;
  const ticks = obs.followTick;
  const received = new Float64Array(obs.n);
  const returned = new Float64Array(obs.n);
  let sumReceived = 0;
  let sumReturned = 0;
  for (let u = 0; u < obs.n; u++) {
    if (controlled.has(u)) continue;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const t = ticks[e]!;
      const v = targets[e]!;
      if (t === 0 || controlled.has(v)) continue;
      const back = findEdge(following, v, u);
      // A mutual pair where v followed first: u's follow is not a new follower for v to return.
      if (back >= 0 && ticks[back]! < t) continue;
      if (back >= 0 && ticks[back] === t) {
        // Both follows in one tick: one follow and its return; each side gets half (the other
        // edge of the pair adds the other half).
        received[v]! += 0.5;
        returned[v]! += 0.5;
        sumReceived += 0.5;
        sumReturned += 0.5;
      } else {
        received[v]!++;
        sumReceived++;
      }
    }
  }
  for (const [v, c] of own.made) {
    const r = own.returned.get(v) ?? 0;
    if (v < obs.n) {
      received[v]! += c;
      returned[v]! += r;
    }
    sumReceived += c;
    sumReturned += r;
  }
  const g = (sumReturned + PRIOR_FOLLOWS * DEFAULT_FOLLOW_BACK) / (sumReceived + PRIOR_FOLLOWS);
  const rate = new Float64Array(obs.n);
  for (let v = 0; v < obs.n; v++) rate[v] = (returned[v]! + K * g) / (received[v]! + K);
  return rate;
}
