/**
 * Gamers: real people who buy or farm attention. They are moved and can move others like anyone
 * else, through their real ties only; what they buy adds platform activity with no influence behind it.
 */
import { honestTraits } from './honest.js';
import type { AgentKind } from './agent-kind.js';

export const gamer: AgentKind = {
  id: 'gamer',
  description: 'real people who game the score (targets of the attacks); low real appeal',
  real: true,
  traits: (rng, p) => {
    const t = honestTraits(rng, p);
    return { ...t, appeal: t.appeal * p.gamerAppeal, visibility: p.gamerVisibility, activity: p.gamerPosts, verified: false };
  },
};
