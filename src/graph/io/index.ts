/** Graph file readers (edge list, GEXF, GraphML): re-exports only. */
export { HEADERS, checkCommentChar, parseEdgeList, type EdgeListOptions, type LoadedGraph, type ReadStats } from './edge-list.js';
export { GRAPH_FORMATS, graphFormatOf, parseGraph, readGraphFile, readNotes, type GraphFormat, type ReadOptions } from './read-graph.js';
export { parseGexf, parseGraphml } from './xml-graph.js';
export { decodeUtf8 } from './utf8.js';
