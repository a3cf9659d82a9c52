/**
 * Organic follow dynamics per tick: new follows by triadic closure (a friend's friend) or by
 * discovery (someone whose content was reacted to recently), follow-backs by each person's own
 * habit (in World.addFollow), and unfollows of weak, unreturned follows.
 * References: Rapoport (1953) and Granovetter (1973) on triadic closure; Kwak et al. (2011),
 * "Fragile online relationship: a first look at unfollow dynamics in Twitter".
 */
import { FollowReason } from '../model/ties.js';
import type { Rng } from '../rng.js';
import type { ActivityParams, FollowParams } from './config.js';
import type { World } from './world.js';

/** Apply one tick of organic follows and unfollows to the base population. */
export function followDynamics(
  world: World,
  rng: Rng,
  p: ActivityParams,
  f: FollowParams,
  discovery: Uint32Array,
  discoveryLength: number,
): void {
  const { out } = world.graph;
  const a = world.a;
  for (let u = 0; u < world.base; u++) {
    if (!a.real[u]) continue;
    if (rng.next() < a.followRate[u]! * p.followRateScale) {
      let v = -1;
      let reason: number = FollowReason.triadic;
      if (rng.next() < p.triadicShare && out.len[u]! > 0) {
        const w = out.neighbour(out.start[u]! + rng.int(out.len[u]!));
        if (out.len[w]! > 0) v = out.neighbour(out.start[w]! + rng.int(out.len[w]!));
      } else if (discoveryLength > 0) {
        v = discovery[rng.int(discoveryLength)]!;
        reason = a.community[v] === a.community[u] ? FollowReason.community : FollowReason.global;
      }
      if (v >= 0 && v !== u) world.addFollow(u, v, reason);
    }
    if (p.unfollowRate > 0 && out.len[u]! > 0 && rng.next() < p.unfollowRate) {
      const slot = out.start[u]! + rng.int(out.len[u]!);
      const v = out.neighbour(slot);
      if (out.tieAt(slot) < f.unfollowTie && !world.graph.has(v, u)) world.unfollow(u, v);
    }
  }
}
