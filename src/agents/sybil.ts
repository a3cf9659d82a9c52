/**
 * Sybils: a region of fake identities densely linked to each other with a few attack edges into
 * the honest region (Yu et al. 2006, SybilGuard; Cao et al. 2012, SybilRank). Like bots, they
 * cannot be moved and move nobody.
 */
import type { AgentKind } from './agent-kind.js';
import { fakeTraits } from './bot.js';

export const sybil: AgentKind = {
  id: 'sybil',
  description: 'fake identities in a densely linked region with few attack edges to real people',
  real: false,
  traits: fakeTraits,
};
