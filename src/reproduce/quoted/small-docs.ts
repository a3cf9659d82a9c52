/**
 * The few numbers of docs/cluster.md, docs/external-scorers.md and docs/notebooks.md, registered by
 * their exact text (src/reproduce/figure.ts): none is a simulation result.
 */
import { figureBuilders } from './builders.js';

/** The registered figures of docs/cluster.md, docs/external-scorers.md and docs/notebooks.md. */
export const SMALL_DOCS = [
  figureBuilders('docs/cluster.md').notResult('shard 1 of 3', 'an example of how shards are numbered'),
  figureBuilders('docs/external-scorers.md').notResult(
    'networkx PageRank: damping 0.85',
    "a constant of the example scorer (networkx's default damping)",
  ),
  figureBuilders('docs/notebooks.md').notResult('overall and in the top 10%', 'what a notebook measures (a top share), not a figure'),
  figureBuilders('docs/notebooks.md').notResult('with a bundled TypeScript 5.0', 'a version number of a tool'),
];
