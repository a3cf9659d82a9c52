/**
 * Honest people with the 90-9-1 spread of public visibility (Nielsen 2006, "Participation
 * inequality"): 90% lurk (moved, almost never react), 9% contribute now and then, 1% create.
 */
import { meanOneLogNormal, type AgentKind, type Traits } from './agent-kind.js';
import type { Rng } from '../rng.js';

/** Draw honest traits; exported so gamers and capitalists can start from an honest person. */
export function honestTraits(rng: Rng): Traits {
  const u = rng.next();
  const tier = u < 0.9 ? 0 : u < 0.99 ? 1 : 2; // lurker, contributor, creator
  return {
    appeal: meanOneLogNormal(rng, 0.8) * (tier === 2 ? 1.6 : 1),
    susceptibility: rng.beta(2, 3),
    visibility: [0.03, 0.35, 0.75][tier]!,
    activity: [0.03, 0.25, 0.9][tier]!,
    followBack: 0.06,
    followRate: 0.02,
    outDegreeFactor: meanOneLogNormal(rng, 0.5),
    verified: rng.bernoulli(tier === 2 ? 0.2 : 0.002),
    consent: rng.bernoulli(0.8),
    minor: rng.bernoulli(0.06),
  };
}

export const honest: AgentKind = {
  id: 'honest',
  description: 'ordinary people: 90% lurk, 9% contribute, 1% create (90-9-1); moved by strong ties',
  real: true,
  traits: honestTraits,
};
