/**
 * Bots' share of a scorer's top k (over all accounts): fake accounts, i.e. roles `bot` and
 * `sybil`. They are not real people, so they appear in no rank measure; this is where they show.
 * Reference: see role-share.ts.
 */
import { Role } from '../model/roles.js';
import { roleShareOfTopK } from './role-share.js';
import type { Measure } from './types.js';

export const botShareAtKMeasure: Measure = {
  id: 'bot-share-at-k',
  description: "Share of the scorer's top k (all accounts) held by fake accounts (bots and sybils)",
  range: [0, 1],
  higherIsBetter: false,
  reference: 'truth',
  needsTruth: false,
  interval: 'wilson',
  source: 'top-k composition (see docs/measures.md)',
  compute(input) {
    return roleShareOfTopK(input.score, input.role, input.k, [Role.bot, Role.sybil]);
  },
};
