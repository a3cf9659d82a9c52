/**
 * Zachary's karate club (34 members, 78 friendships), follows made mutual; communities are the
 * two factions after the split. Reference: Zachary (1977), J. Anthropological Research 33(4).
 */
import { UndirectedGraph } from 'graphology';
import karateClub from 'graphology-generators/social/karate-club.js';
import { defineGenerator } from './generator.js';
import { fromGraphology } from './from-graphology.js';

export const karateClubGenerator = defineGenerator({
  id: 'karate-club',
  description: "Zachary's karate club, 34 people, friendships as mutual follows (fixes agents = 34)",
  source: 'Zachary 1977',
  params: {},
  size: () => 34,
  generate() {
    return fromGraphology(karateClub(UndirectedGraph), (_i, _k, a) => a.club as string);
  },
});
