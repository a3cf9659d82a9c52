/**
 * The follow-back rate a would-be farmer can estimate from public data: the platform shows who
 * follows whom and since when, so a follow u → v made during the run (tick > 0) that v returned
 * in the same tick shows v's habit of following back on the spot (the pair is one follow and one
 * return; which came first is not public, so each side is credited half). Follows from tick 0 are left out
 * (they are the starting network, whose mutual pairs are relationships, not follow-backs).
 *
 *   global rate g = (returned + 1) / (received + 10)         (a weak prior of 10 %)
 *   rate of v    = (returned_v + K·g) / (received_v + K)      (K = 5: shrink thin evidence to g)
 *
 * It includes the attacker's own experience (its farmed follows and their returns are follows
 * too), so the estimate sharpens as it plays. Reference: empirical-Bayes shrinkage of a rate
 * (Efron & Morris 1975, "Data analysis using Stein's estimator and its generalizations", JASA).
 */
import { findEdge } from '../../graph/csr.js';
import type { Observation } from '../../model/observation.js';

/** Prior strength (pseudo-follows) of the shrinkage towards the global rate. */
const K = 5;

/** Per-account estimated probability in [0, 1] that the account follows back a new follower at once. */
export function publicFollowBackRates(obs: Observation): Float64Array {
  const { following } = obs.follows;
  const { offsets, targets } = following;
  const ticks = obs.followTick;
  const received = new Float64Array(obs.n);
  const returned = new Float64Array(obs.n);
  let sumReceived = 0;
  let sumReturned = 0;
  for (let u = 0; u < obs.n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const t = ticks[e]!;
      if (t === 0) continue;
      const v = targets[e]!;
      const back = findEdge(following, v, u);
      // A return made at the same tick; a mutual pair where v followed first is v's own follow.
      if (back >= 0 && ticks[back]! < t) continue;
      if (back >= 0 && ticks[back] === t) {
        // Both follows in one tick: one follow and its return, but which came first is not public,
        // so each side gets half (the other edge of the pair adds the other half).
        received[v] += 0.5;
        returned[v] += 0.5;
        sumReceived += 0.5;
        sumReturned += 0.5;
      } else {
        received[v]++;
        sumReceived++;
      }
    }
  }
  const g = (sumReturned + 1) / (sumReceived + 10);
  const rate = new Float64Array(obs.n);
  for (let v = 0; v < obs.n; v++) rate[v] = (returned[v]! + K * g) / (received[v]! + K);
  return rate;
}
