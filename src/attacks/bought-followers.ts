/**
 * Bought inert followers: a batch of fake accounts follows the target and does nothing else.
 * Counts rise; reactions and true influence do not. Cost unit: followers bought.
 * Reference: Stringhini et al. (2013), "Follow the green: growth and dynamics in Twitter follower markets".
 */
import { defineAttack } from './attack.js';

export const boughtFollowers = defineAttack({
  id: 'bought-followers',
  description: 'inert fake accounts follow the targets (follower markets)',
  costUnit: 'followers bought',
  source: 'Stringhini et al. 2013, IMC',
  adaptiveStrategy: true,
  params: {
    camouflage: {
      kind: 'int',
      source: 'illustrative',
      description: 'random real accounts each bot also follows to look real',
      default: 2,
      min: 0,
      max: 1000,
    },
  },
  accounts: (p) => ({ role: 'bot', count: Math.ceil(p.budget / p.targets) }),
  step(ctx, p, state: { next?: number }) {
    // Bot b serves target t in order: pair index k ↦ (bot k / targets, target k % targets).
    let k = state.next ?? 0;
    const total = ctx.accounts.length * ctx.targets.length;
    let spent = 0;
    while (spent + 1 <= ctx.available && k < total) {
      const bot = ctx.accounts[Math.floor(k / ctx.targets.length)]!;
      const target = ctx.targets[k % ctx.targets.length]!;
      if (k % ctx.targets.length === 0) {
        for (let c = 0; c < p.camouflage; c++) ctx.world.follow(bot, ctx.rng.int(ctx.world.base), 'bought');
      }
      ctx.world.follow(bot, target, 'bought');
      spent++;
      k++;
    }
    state.next = k;
    return spent;
  },
});
