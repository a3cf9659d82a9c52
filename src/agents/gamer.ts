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
  traits: (rng) => {
    const t = honestTraits(rng);
    return { ...t, appeal: t.appeal * 0.5, visibility: 0.5, activity: 0.5, verified: false };
  },
};
