/**
 * A-lister bait: the targets mention and reply to the accounts with the most followers (all the
 * attacker can see: follower counts are public), hoping for a reply-back. A reply-back is a public
 * reply by the A-lister to the gamer, made by the A-lister's own habit (hidden: its visibility ×
 * REPLY_BACK_RATE, see src/attacks/world-actions.ts); scorers that weight a reaction by the reactor's
 * standing (Klout's Network, Kred's >10,000-follower bonus) reward it. Cost unit: mentions sent.
 * Reference: Klout's "network" component (Rao et al. 2015, "Klout score: measuring influence across
 * multiple social networks", IEEE Big Data); Kred scoring guide (2012).
 */
import { defineAttack } from './attack.js';

export const alisterBait = defineAttack({
  id: 'alister-bait',
  description: 'mention and reply spam at the most-followed accounts to earn reply-backs',
  costUnit: 'mentions sent',
  source: 'Rao et al. 2015, IEEE Big Data; Kred 2012',
  adaptiveStrategy: true,
  params: {
    alisters: {
      kind: 'int',
      source: 'illustrative',
      description: 'how many of the most-followed accounts to bait',
      default: 20,
      min: 1,
      max: 1e5,
    },
    replyShare: {
      kind: 'number',
      source: 'illustrative',
      description: 'share of baits sent as replies (the rest are mentions)',
      default: 0.5,
      min: 0,
      max: 1,
    },
    refreshEvery: {
      kind: 'int',
      source: 'illustrative',
      description: 'ticks between re-reading the follower counts',
      default: 5,
      min: 1,
      max: 1e4,
    },
  },
  accounts: () => ({ role: 'bot', count: 0 }),
  step(ctx, p, state: { list?: number[]; next?: number; replies?: number }) {
    const { world, rng, targets } = ctx;
    // 1. The A-list: base accounts with the most followers (public), excluding the targets.
    if (!state.list || ctx.tick % p.refreshEvery === 0) state.list = topByFollowers(world, p.alisters, new Set(targets));
    const list = state.list;
    if (list.length === 0) return 0;
    // 2. Spend: round-robin over targets, each bait at the next A-lister.
    let k = state.next ?? 0;
    let spent = 0;
    let replies = state.replies ?? 0;
    while (spent + 1 <= ctx.available) {
      const g = targets[k % targets.length]!;
      const a = list[Math.floor(k / targets.length) % list.length]!;
      if (world.solicit(g, a, rng.next() < p.replyShare ? 'reply' : 'mention')) replies++;
      spent++;
      k++;
    }
    state.next = k;
    state.replies = replies;
    return spent;
  },
});

/** The `k` base accounts with the most followers (ties by id), skipping `exclude`. */
export function topByFollowers(
  world: { base: number; followerCount(v: number): number },
  k: number,
  exclude: ReadonlySet<number>,
): number[] {
  const ids: number[] = [];
  for (let v = 0; v < world.base; v++) if (!exclude.has(v)) ids.push(v);
  const fc = ids.map((v) => world.followerCount(v));
  const order = ids.map((_, i) => i).sort((x, y) => fc[y]! - fc[x]! || ids[x]! - ids[y]!);
  return order.slice(0, k).map((i) => ids[i]!);
}
