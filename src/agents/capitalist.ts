/**
 * "Social capitalists": real people who follow back almost anyone to grow their own counts
 * (Ghosh et al. 2012, "Understanding and combating link farming in the Twitter social network").
 * The follow-for-follow farms feed on them.
 */
import { honestTraits } from './honest.js';
import type { AgentKind } from './agent-kind.js';

export const capitalist: AgentKind = {
  id: 'capitalist',
  description: "real people who follow back nearly everyone (the farms' partners)",
  real: true,
  traits: (rng) => ({
    ...honestTraits(rng),
    appeal: honestTraits(rng).appeal * 0.7,
    visibility: 0.35,
    activity: 0.4,
    followBack: 0.9,
    followRate: 0.05,
    outDegreeFactor: 4,
    verified: false,
  }),
};
