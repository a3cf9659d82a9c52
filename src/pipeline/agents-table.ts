/**
 * agents.csv and ticks.csv: one row per agent (public counts beside the hidden role, for analysis)
 * and one row per tick (activity counters).
 */
import { toCsv, type CsvOptions } from '../io/csv.js';
import { roleName } from '../model/roles.js';
import { followerCounts, followingCounts } from '../model/follow-graph.js';
import type { SimulationResult } from '../engine/simulate.js';

/** agents.csv text for the final snapshot: `agent` is the account's index (as in every CSV), `label` the node label from a file or named graph. */
export function agentsCsv(result: SimulationResult, opts: CsvOptions = {}): string {
  const { observation: o, hidden: h } = result.final;
  const fo = followerCounts(o.follows);
  const fi = followingCounts(o.follows);
  const gamingTarget = new Uint8Array(o.n);
  for (const a of result.attacks) for (const t of a.targets) gamingTarget[t] = 1;
  // One row object at a time (a generator), not an array of a million objects.
  function* rows() {
    for (let i = 0; i < o.n; i++) {
      yield {
        agent: i,
        label: result.labels?.[i] ?? '',
        role: roleName(h.role[i]!),
        community: h.community[i]!,
        attack_target: gamingTarget[i]!,
        verified: o.accounts.verified[i]!,
        consent: o.accounts.consent[i]!,
        minor: o.accounts.minor[i]!,
        followers: fo[i]!,
        following: fi[i]!,
        posts: o.posts[i]!,
        likes_received: o.received.like[i]!,
        reshares_received: o.received.reshare[i]!,
        replies_received: o.received.reply[i]!,
        mentions_received: o.received.mention[i]!,
        reactions_given: o.given.like[i]! + o.given.reshare[i]! + o.given.reply[i]! + o.given.mention[i]!,
      };
    }
  }
  const cols = [
    'agent',
    'label',
    'role',
    'community',
    'attack_target',
    'verified',
    'consent',
    'minor',
    'followers',
    'following',
    'posts',
    'likes_received',
    'reshares_received',
    'replies_received',
    'mentions_received',
    'reactions_given',
  ] as const;
  return toCsv(cols, rows(), opts);
}

/**
 * ticks.csv text: per-tick activity counters (moved = real people moved, a hidden count;
 * gaming_cost = the attacks' spending that tick, in their cost units). Column names are
 * snake_case like every other CSV.
 */
export function ticksCsv(result: SimulationResult): string {
  const cols = ['tick', 'posts', 'likes', 'reshares', 'replies', 'mentions', 'follows', 'unfollows', 'moved', 'gaming_cost'] as const;
  return toCsv(
    cols,
    result.ticks.map(({ gamingCost, ...t }) => ({ ...t, gaming_cost: gamingCost })),
  );
}
