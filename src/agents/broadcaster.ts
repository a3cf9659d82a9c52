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
  traits: (rng, p) => ({
    appeal: meanOneLogNormal(rng, p.broadcasterAppealSigma) * p.broadcasterAppeal,
    susceptibility: rng.beta(p.broadcasterSusceptibilityA, p.broadcasterSusceptibilityB),
    visibility: p.broadcasterVisibility,
    activity: p.broadcasterPosts,
    followBack: p.broadcasterFollowBack,
    followRate: p.broadcasterFollowRate,
    outDegreeFactor: meanOneLogNormal(rng, p.broadcasterOutDegreeSigma),
    verified: rng.bernoulli(p.broadcasterVerified),
    consent: rng.bernoulli(p.broadcasterConsent),
    minor: false,
  }),
};
