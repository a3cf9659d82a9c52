/**
 * Caveman graph: disjoint cliques ("caves") of equal size, follows mutual.
 * Reference: Watts (1999), Small Worlds; graphology-generators `caveman`.
 */
import { UndirectedGraph } from 'graphology';
import caveman from 'graphology-generators/community/caveman.js';
import { defineGenerator } from './generator.js';
import { fromGraphology } from './from-graphology.js';

export const cavemanGenerator = defineGenerator({
  id: 'caveman',
  description: 'disjoint cliques of equal size (Watts 1999); agents = caves × caveSize',
  source: 'Watts 1999 (graphology-generators caveman)',
  params: {
    caveSize: { kind: 'int', source: 'illustrative', description: 'people per cave (clique size)', default: 10, min: 2, max: 10000 },
  },
  generate(ctx, p) {
    const caves = Math.max(1, Math.floor(ctx.n / p.caveSize));
    const g = caveman(UndirectedGraph, caves, p.caveSize);
    return fromGraphology(g, (i) => Math.floor(i / p.caveSize));
  },
});
