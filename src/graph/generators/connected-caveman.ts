/**
 * Connected caveman graph: cliques joined in a ring by rewiring one edge per cave, follows mutual.
 * Reference: Watts (1999), Small Worlds; graphology-generators `connectedCaveman`.
 */
import { UndirectedGraph } from 'graphology';
import connectedCaveman from 'graphology-generators/community/connected-caveman.js';
import { defineGenerator } from './generator.js';
import { fromGraphology } from './from-graphology.js';

export const connectedCavemanGenerator = defineGenerator({
  id: 'connected-caveman',
  description: 'cliques joined in a ring (Watts 1999); agents = caves × caveSize',
  source: 'Watts 1999 (graphology-generators connectedCaveman)',
  params: {
    caveSize: { kind: 'int', source: 'illustrative', description: 'people per cave (clique size)', default: 10, min: 2, max: 10000 },
  },
  generate(ctx, p) {
    const caves = Math.max(2, Math.floor(ctx.n / p.caveSize));
    const g = connectedCaveman(UndirectedGraph, caves, p.caveSize);
    return fromGraphology(g, (i) => Math.floor(i / p.caveSize));
  },
});
