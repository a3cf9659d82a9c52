/**
 * Follow-for-follow farming: the gamer follows many accounts, prefers those that look like they
 * follow back (following ≈ followers, both large: "social capitalists"), and unfollows those
 * who did not return the follow after a grace period. Cost unit: follows made.
 * Reference: Ghosh et al. (2012), "Understanding and combating link farming in the Twitter social network", WWW.
 */
import { defineAttack } from './attack.js';

interface FarmState {
  /** Pending follows awaiting a return: [gamer, account, tick] triples. */
  pending?: number[];
}

export const followFarming = defineAttack({
  id: 'follow-farming',
  description: 'follow many accounts, keep those who follow back, unfollow the rest',
  costUnit: 'follows made',
  source: 'Ghosh et al. 2012, WWW',
  adaptiveStrategy: true,
  params: {
    targeting: {
      kind: 'number',
      source: 'illustrative',
      description: 'share of follows aimed at accounts that look like follow-backers',
      default: 0.7,
      min: 0,
      max: 1,
    },
    graceTicks: {
      kind: 'int',
      source: 'illustrative',
      description: 'ticks to wait for a follow-back before unfollowing',
      default: 3,
      min: 0,
      max: 1000,
    },
    probes: {
      kind: 'int',
      source: 'illustrative',
      description: 'random accounts inspected per targeted follow',
      default: 20,
      min: 1,
      max: 1000,
    },
  },
  accounts: () => ({ role: 'bot', count: 0 }),
  step(ctx, p, state: FarmState) {
    state.pending ??= [];
    const { world, rng, targets } = ctx;
    // 1. Unfollow those who did not follow back within the grace period.
    const keep: number[] = [];
    for (let i = 0; i < state.pending.length; i += 3) {
      const [g, a, t] = [state.pending[i]!, state.pending[i + 1]!, state.pending[i + 2]!];
      if (ctx.tick - t < p.graceTicks) keep.push(g, a, t);
      else if (!world.follows(a, g)) world.unfollow(g, a);
    }
    state.pending = keep;
    // 2. Spend this tick's follows, round-robin over the targets.
    let spent = 0;
    let j = 0;
    while (spent + 1 <= ctx.available) {
      const g = targets[j++ % targets.length]!;
      let a = rng.int(world.base);
      if (rng.next() < p.targeting) {
        let best = -1;
        for (let q = 0; q < p.probes; q++) {
          const c = rng.int(world.base);
          const fo = world.followerCount(c);
          const fi = world.followingCount(c);
          const score = (fi * Math.min(fo, fi)) / (1 + Math.abs(fo - fi)); // follows many, balanced
          if (score > best) {
            best = score;
            a = c;
          }
        }
      }
      spent++;
      if (a !== g && world.follow(g, a, 'farmed')) state.pending.push(g, a, ctx.tick);
      if (j > 50 * (ctx.available + 1)) break;
    }
    return spent;
  },
});
