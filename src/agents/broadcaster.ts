/**
 * Broadcasters: large audiences, high volume, weak ties (Cha et al. 2010, "Measuring user
 * influence in Twitter: the million follower fallacy"). Their followers mostly follow thousands
 * of accounts and are rarely moved; broadcasters themselves are hard to move.
 */
import { meanOneLogNormal, type AgentKind } from './agent-kind.js';

export const broadcaster: AgentKind = {
  id: 'broadcaster',
  description: 'celebrities and media accounts: huge audiences, many posts, weak ties',
  real: true,
  traits: (rng) => ({
    appeal: meanOneLogNormal(rng, 0.5) * 1.2,
    susceptibility: rng.beta(1, 9),
    visibility: 0.2,
    activity: 2,
    followBack: 0.01,
    followRate: 0.01,
    outDegreeFactor: meanOneLogNormal(rng, 0.5),
    verified: rng.bernoulli(0.6),
    consent: rng.bernoulli(0.9),
    minor: false,
  }),
};
