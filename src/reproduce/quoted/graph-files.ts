/**
 * The figures docs/graph-files.md quotes, registered by their exact text (src/reproduce/figure.ts).
 * Load times of the graph readers: measured by their benchmark, not reproduced.
 */
import { figureBuilders } from './builders.js';

const { measured } = figureBuilders('docs/graph-files.md');
const BENCH = 'npm run bench -- graph-io';

/** The registered figures of docs/graph-files.md. */
export const GRAPH_FILES_DOC = [
  measured('| 10,000 | 0.025 s (0.1 MB) | 0.077 s (0.4 MB) | 0.023 s (0.5 MB) | 3.0', BENCH), // line 89
  measured('| 1,000,000 | 0.95 s (11.8 MB) | 1.33 s (39.7 MB) | 1.94 s (51.6 MB) | **1.40', BENCH), // line 90
  measured('load average about 14) gave 0.95', BENCH), // line 92
  measured('1.54 s and 2.01 s at 1,000,000 edges: 1.62', BENCH), // line 93
  measured('edges GraphML loads within 1.4', BENCH), // line 93
  measured('reader this replaces took 9.9', BENCH), // line 97
];
