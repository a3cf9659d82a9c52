/**
 * Random clustered graph: `size` random edges, each inside a random cluster with probability
 * `clusterDensity`, made mutual (follow both ways). Reference: graphology-generators `clusters`.
 */
import { UndirectedGraph } from 'graphology';
import clusters from 'graphology-generators/random/clusters.js';
import { defineGenerator } from './generator.js';
import { fromGraphology } from './from-graphology.js';

export const clustersGenerator = defineGenerator({
  id: 'clusters',
  description: 'random mutual follows organised in clusters (graphology-generators clusters)',
  source: 'graphology-generators random/clusters',
  params: {
    clusters: { kind: 'int', source: 'illustrative', description: 'number of clusters', default: 8, min: 1, max: 100000 },
    meanDegree: {
      kind: 'number',
      source: 'illustrative',
      description: 'mean number of mutual ties per account',
      default: 8,
      min: 0.1,
      max: 1000,
    },
    clusterDensity: {
      kind: 'number',
      source: 'illustrative',
      description: 'probability an edge falls inside a cluster',
      default: 0.8,
      min: 0,
      max: 1,
    },
  },
  generate(ctx, p) {
    const size = Math.max(1, Math.round((ctx.n * p.meanDegree) / 2));
    const g = clusters(UndirectedGraph, { order: ctx.n, size, clusters: p.clusters, clusterDensity: p.clusterDensity, rng: ctx.rng.next });
    return fromGraphology(g, (_i, _k, a) => a.cluster as number);
  },
});
