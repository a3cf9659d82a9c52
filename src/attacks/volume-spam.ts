/**
 * Volume spam: the targets post far more than they have anything to say. Each post is a real
 * post (`world.post`): the targets' followers see it and react only as the hidden layer moves
 * them (or like it out of casual attention), so post counts and attention rise while the targets'
 * persuasiveness does not. Cost unit: posts.
 * Reference: Klout's ratio of reactions to content (Rao et al. 2015); Cha et al. (2010), ICWSM.
 */
import { defineAttack } from './attack.js';

export const volumeSpam = defineAttack({
  id: 'volume-spam',
  description: 'the targets post many low-quality posts to inflate activity',
  costUnit: 'posts',
  source: 'Rao et al. 2015, IEEE Big Data; Cha et al. 2010, ICWSM',
  adaptiveStrategy: true,
  params: {},
  accounts: () => ({ role: 'bot', count: 0 }),
  step(ctx, _p, state: { next?: number }) {
    let k = state.next ?? 0;
    let spent = 0;
    while (spent + 1 <= ctx.available) {
      ctx.world.post(ctx.targets[k % ctx.targets.length]!);
      spent++;
      k++;
    }
    state.next = k;
    return spent;
  },
});
