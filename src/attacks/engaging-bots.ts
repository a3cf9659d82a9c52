/**
 * Engaging bots: a small fleet of fake accounts that behave like fans. Each bot follows every
 * target, follows back whoever follows it (to look real), and spends the rest of its actions
 * liking, resharing and mentioning the targets — evenly (the target with the fewest reactions so
 * far next), preferring on ties a target that posted this tick.
 * Counts of followers and reactions rise; the bots cannot be moved and move nobody, so true
 * influence does not. Cost unit: bot actions (one follow, follow-back or reaction = 1).
 * Reference: Ferrara et al. (2016), "The rise of social bots", CACM 59(7).
 */
import { defineAttack } from './attack.js';
import type { ReactionKind } from '../model/observation.js';

/** Reaction mix of a bot: cumulative shares of like, reshare, mention. */
const BOT_MIX: readonly [number, ReactionKind][] = [
  [0.6, 'like'],
  [0.85, 'reshare'],
  [1, 'mention'],
];

export const engagingBots = defineAttack({
  id: 'engaging-bots',
  description: 'bots follow the targets, follow back, and like, reshare and mention the targets',
  costUnit: 'bot actions',
  source: 'Ferrara et al. 2016, CACM',
  adaptiveStrategy: true,
  params: {
    bots: { kind: 'int', source: 'illustrative', description: 'number of bots in the fleet', default: 30, min: 1, max: 1e6 },
    actionsPerBot: {
      kind: 'int',
      source: 'illustrative',
      description: 'most reactions one bot makes per tick (looks human)',
      default: 5,
      min: 1,
      max: 1000,
    },
  },
  accounts: (p) => ({ role: 'bot', count: p.bots }),
  step(ctx, p, state: { next?: number; received?: number[] }) {
    const { world, rng, targets, accounts } = ctx;
    let spent = 0;
    const can = () => spent + 1 <= ctx.available;
    // 1. Follow every target (once per bot-target pair).
    for (let b = 0; b < accounts.length && can(); b++) {
      for (let j = 0; j < targets.length && can(); j++) {
        if (!world.follows(accounts[b]!, targets[j]!) && world.follow(accounts[b]!, targets[j]!, 'bought')) spent++;
      }
    }
    // 2. Follow back whoever follows a bot.
    for (let b = 0; b < accounts.length && can(); b++) {
      const fans = world.followersOf(accounts[b]!);
      for (let i = 0; i < fans.length && can(); i++) {
        if (fans[i] !== accounts[b] && !world.follows(accounts[b]!, fans[i]!) && world.follow(accounts[b]!, fans[i]!, 'bought')) spent++;
      }
    }
    // 3. React to the targets, bots taking turns: each reaction goes to the target that has had the
    //    fewest so far (every target is lifted alike), a target that posted this tick first on ties.
    const received = state.received ?? Array.from(targets, () => 0);
    const posted = Array.from(targets, (t) => world.postsThisTick(t));
    let k = state.next ?? 0;
    const cap = accounts.length * p.actionsPerBot;
    for (let r = 0; r < cap && can() && targets.length > 0; r++, k++) {
      const bot = accounts[k % accounts.length]!;
      let j = 0;
      for (let i = 1; i < targets.length; i++) {
        if (received[i]! < received[j]! || (received[i] === received[j] && posted[i]! > posted[j]!)) j = i;
      }
      const u = rng.next();
      const kind = BOT_MIX.find(([c]) => u < c)![1];
      world.react(bot, targets[j]!, kind);
      received[j]!++;
      spent++;
    }
    state.next = k;
    state.received = received;
    return spent;
  },
});
