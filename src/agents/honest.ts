/**
 * Honest people with the 90-9-1 spread of public visibility (Nielsen 2006, "Participation
 * inequality"): 90% lurk (moved, almost never react), 9% contribute now and then, 1% create.
 */
import { meanOneLogNormal, type AgentKind, type Traits } from './agent-kind.js';
import type { Rng } from '../rng.js';
import type { AgentParams } from './params.js';

/** Draw honest traits with the run's parameters; exported so gamers and capitalists can start from an honest person. */
export function honestTraits(rng: Rng, p: AgentParams): Traits {
  const u = rng.next();
  const creator = u >= p.lurkerShare + p.contributorShare;
  const lurker = u < p.lurkerShare;
  return {
    appeal: meanOneLogNormal(rng, p.honestAppealSigma) * (creator ? p.creatorAppeal : 1),
    susceptibility: rng.beta(p.honestSusceptibilityA, p.honestSusceptibilityB),
    visibility: lurker ? p.lurkerVisibility : creator ? p.creatorVisibility : p.contributorVisibility,
    activity: lurker ? p.lurkerPosts : creator ? p.creatorPosts : p.contributorPosts,
    followBack: p.honestFollowBack,
    followRate: p.honestFollowRate,
    outDegreeFactor: meanOneLogNormal(rng, p.honestOutDegreeSigma),
    verified: rng.bernoulli(creator ? p.creatorVerified : p.honestVerified),
    consent: rng.bernoulli(p.honestConsent),
    minor: rng.bernoulli(p.honestMinor),
  };
}

export const honest: AgentKind = {
  id: 'honest',
  description: 'ordinary people: 90% lurk, 9% contribute, 1% create (90-9-1); moved by strong ties',
  real: true,
  traits: honestTraits,
};
