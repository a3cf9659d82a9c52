/**
 * The Florentine families marriage network (15 families with ties, 20 marriages), follows made
 * mutual. Reference: Padgett & Ansell (1993), "Robust action and the rise of the Medici".
 */
import { UndirectedGraph } from 'graphology';
import florentineFamilies from 'graphology-generators/social/florentine-families.js';
import { defineGenerator } from './generator.js';
import { fromGraphology } from './from-graphology.js';

export const florentineFamiliesGenerator = defineGenerator({
  id: 'florentine-families',
  description: "Padgett's Florentine families marriage network, 15 families (fixes agents = 15)",
  source: 'Padgett & Ansell 1993',
  params: {},
  size: () => 15,
  generate() {
    return fromGraphology(florentineFamilies(UndirectedGraph));
  },
});
