/** Graph file readers (edge list, GEXF, GraphML): re-exports only. */
export { HEADER_FIRST, HEADER_SECOND, parseEdgeList, type LoadedGraph } from './edge-list.js';
export { GRAPH_FORMATS, graphFormatOf, parseGraph, readGraphFile, type GraphFormat } from './read-graph.js';
export { parseGexf, parseGraphml } from './xml-graph.js';
