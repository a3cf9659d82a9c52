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
  // Two honest draws, as since the first version: the second one's appeal is kept (same draws, same worlds).
  traits: (rng, p) => ({
    ...honestTraits(rng, p),
    appeal: honestTraits(rng, p).appeal * p.capitalistAppeal,
    visibility: p.capitalistVisibility,
    activity: p.capitalistPosts,
    followBack: p.capitalistFollowBack,
    followRate: p.capitalistFollowRate,
    outDegreeFactor: p.capitalistOutDegree,
    verified: false,
  }),
};
