/**
 * Gamers' share of a scorer's top k (over all accounts). Gamers are the real people who game the
 * score (role `gamer`); the fake accounts they run are counted by `bot-share-at-k`.
 * Reference: see role-share.ts.
 */
import { Role } from '../model/roles.js';
import { roleShareOfTopK } from './role-share.js';
import type { Measure } from './types.js';

export const gamerShareAtKMeasure: Measure = {
  id: 'gamer-share-at-k',
  description: "Share of the scorer's top k (all accounts) held by gamers",
  range: [0, 1],
  higherIsBetter: false,
  reference: 'truth',
  needsTruth: false,
  interval: 'wilson',
  source: 'top-k composition (see docs/measures.md)',
  compute(input) {
    return roleShareOfTopK(input.score, input.role, input.k, [Role.gamer]);
  },
};
