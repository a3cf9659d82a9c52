/**
 * Perks (paid word of mouth): a brand — the attack's targets — pays the accounts with the most
 * followers (the only standing it can see) to post about it. Each paid post is a real post by the
 * paid person that mentions the target; its cascade runs with the author's appeal discounted
 * (`paidPost`, PAID_APPEAL_FACTOR in src/attacks/world-actions.ts: paid posts persuade less). The
 * target collects mentions from high-standing accounts, which reactor-weighted scores reward.
 * Cost unit: paid posts.
 * Reference: Klout Perks (2011–2014); Tuk et al. (2009), "Sales and sincerity: the role of relational
 * framing in word-of-mouth marketing", J. Consumer Psychology (paid endorsements persuade less).
 */
import { defineAttack } from './attack.js';
import { type CourtingState, spendOnTopAccounts } from './top-accounts.js';

export const perks = defineAttack({
  id: 'perks',
  description: 'pay the most-followed accounts for posts that mention the targets',
  costUnit: 'paid posts',
  source: 'Klout Perks 2011–2014; Tuk et al. 2009, J. Consumer Psychology',
  adaptiveStrategy: true,
  params: {
    recipients: {
      kind: 'int',
      source: 'illustrative',
      description: 'how many of the most-followed accounts the brand pays',
      default: 20,
      min: 1,
      max: 1e5,
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
  step(ctx, p, state: CourtingState) {
    // Each paid post: the next listed author posts (appeal discounted) and mentions the next brand.
    return spendOnTopAccounts(ctx, state, p.recipients, p.refreshEvery, (brand, author) => {
      ctx.world.paidPost(author);
      ctx.world.react(author, brand, 'mention');
    });
  },
});
