/**
 * Bots: fake accounts run by an attack (bought inert followers, engaging bots). They cannot be
 * moved (susceptibility 0) and move nobody (appeal 0): a bot audience adds nothing to true influence.
 */
import type { AgentKind, Traits } from './agent-kind.js';

/** Traits of an account nobody real stands behind. */
export const fakeTraits = (): Traits => ({
  appeal: 0,
  susceptibility: 0,
  visibility: 0,
  activity: 0,
  followBack: 0,
  followRate: 0,
  outDegreeFactor: 0,
  verified: false,
  consent: true,
  minor: false,
});

export const bot: AgentKind = {
  id: 'bot',
  description: 'fake accounts run by an attack: cannot be moved, move nobody',
  real: false,
  traits: fakeTraits,
};
