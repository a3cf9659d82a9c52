/**
 * Engagement pod: the targets form a group that reacts to every member's post within the tick it
 * appears (Instagram "pods", Telegram engagement groups). Each member posts `postsPerTick` times a
 * tick on top of their own habit, and every other member likes (and, with `reshares`, reshares)
 * each post. The reactions come from real people who were not moved: attention without influence.
 * Cost unit: reactions given (one like or reshare by a member = 1); posts are free. What the pod
 * can spend is capped by its size: members × (members − 1) × posts × reactions per post per tick.
 * Reference: O'Meara (2019), "Weapons of the weak: digital labor and engagement pods", Social Media + Society.
 */
import { defineAttack } from './attack.js';

export const engagementPod = defineAttack({
  id: 'engagement-pod',
  description: "a group of gamers reacts to every member's post within the tick",
  costUnit: 'reactions',
  source: "O'Meara 2019, Social Media + Society",
  adaptiveStrategy: true,
  params: {
    postsPerTick: {
      kind: 'int',
      source: 'illustrative',
      description: 'extra posts each member makes per tick for the pod',
      default: 1,
      min: 0,
      max: 100,
    },
    reshares: { kind: 'bool', source: 'illustrative', description: 'members also reshare each post (2 reactions per post)', default: true },
  },
  accounts: () => ({ role: 'bot', count: 0 }),
  step(ctx, p) {
    const { world, targets } = ctx;
    if (targets.length < 2) return 0;
    for (const m of targets) for (let q = 0; q < p.postsPerTick; q++) world.post(m);
    let spent = 0;
    for (const author of targets) {
      const posts = world.postsThisTick(author);
      for (let q = 0; q < posts; q++) {
        for (const m of targets) {
          if (m === author) continue;
          if (spent + 1 > ctx.available) return spent;
          world.react(m, author, 'like');
          spent++;
          if (p.reshares && spent + 1 <= ctx.available) {
            world.react(m, author, 'reshare');
            spent++;
          }
        }
      }
    }
    return spent;
  },
});
