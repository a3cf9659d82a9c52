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
import { type CourtingState, spendOnTopAccounts } from './top-accounts.js';

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
  step(ctx, p, state: CourtingState & { replies?: number }) {
    // The A-list: base accounts with the most followers (public), excluding the targets; each bait a
    // reply (share replyShare) or a mention from the next target to the next A-lister.
    let replies = state.replies ?? 0;
    const spent = spendOnTopAccounts(ctx, state, p.alisters, p.refreshEvery, (g, a) => {
      if (ctx.world.solicit(g, a, ctx.rng.next() < p.replyShare ? 'reply' : 'mention')) replies++;
    });
    state.replies = replies;
    return spent;
  },
});
