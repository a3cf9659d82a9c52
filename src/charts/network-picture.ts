/**
 * Network picture: the follow graph drawn node-link style twice, side by side, at the same
 * positions: on the left each account's size is its score, on the right its true influence.
 * Roles have their fixed colours. What a score sees and what is true, in one glance.
 * Positions come from the caller (src/lessons/layout.ts fixes them by the seed).
 * Reference: node-link diagrams with size-encoded centrality, e.g. Bastian, Heymann & Jacomy (2009),
 * "Gephi: an open source software for exploring and manipulating networks", ICWSM.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { FollowGraph } from '../model/follow-graph.js';
import { roleName, type RoleName } from '../model/roles.js';
import { BASE_CONFIG, presentRoleScale, VEGA_LITE_SCHEMA, type ChartOptions } from './common.js';

/** One account in the picture. */
export interface NetworkNode {
  readonly agent: number;
  /** Position in [0, 1]². */
  readonly x: number;
  readonly y: number;
  readonly role: RoleName;
  /** The scorer's value (≥ 0 shown as is; negative values are drawn at the smallest size). */
  readonly score: number;
  /** True influence: expected real people moved by one message (≥ 0). */
  readonly truth: number;
}

/** One follow drawn as a segment (direction is not drawn). */
export interface NetworkEdge {
  readonly x: number;
  readonly y: number;
  readonly x2: number;
  readonly y2: number;
}

/** Nodes and edges of a picture. */
export interface NetworkPictureData {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

/**
 * Picture data from per-account arrays (all of length g.n). Each unordered pair of accounts
 * linked by a follow in either direction gives one segment.
 */
export function networkPictureData(
  g: FollowGraph,
  pos: { readonly x: ArrayLike<number>; readonly y: ArrayLike<number> },
  role: Uint8Array,
  score: Float64Array,
  truth: Float64Array,
): NetworkPictureData {
  const nodes: NetworkNode[] = [];
  for (let i = 0; i < g.n; i++) {
    nodes.push({ agent: i, x: round(pos.x[i]!), y: round(pos.y[i]!), role: roleName(role[i]!), score: score[i]!, truth: truth[i]! });
  }
  const edges: NetworkEdge[] = [];
  const { offsets, targets } = g.following;
  for (let u = 0; u < g.n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      // Keep u → v, and v → u only when u → v does not exist (one segment per pair).
      if (u < v || !hasFollow(g, v, u)) edges.push({ x: nodes[u]!.x, y: nodes[u]!.y, x2: nodes[v]!.x, y2: nodes[v]!.y });
    }
  }
  return { nodes, edges };
}

function hasFollow(g: FollowGraph, u: number, v: number): boolean {
  const { offsets, targets } = g.following;
  let lo = offsets[u]!;
  let hi = offsets[u + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (targets[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets[u + 1]! && targets[lo] === v;
}

function round(v: number): number {
  return Math.round(v * 10000) / 10000;
}

/** Options of {@link networkPictureChart}. */
export interface NetworkPictureOptions extends ChartOptions {
  /** Scorer id, named in the left panel's title and legend. */
  scorer: string;
}

/** Two node-link panels (size = score | size = true influence), same positions, roles coloured. */
export function networkPictureChart(data: NetworkPictureData, opts: NetworkPictureOptions): TopLevelSpec {
  const side = opts.width ?? 300;
  const hidden = { axis: null, scale: { domain: [-0.03, 1.03] } };
  type Panel = Extract<TopLevelSpec, { hconcat: unknown }>['hconcat'][number];
  const panel = (field: 'score' | 'truth', title: string, legend: string): Panel => ({
    title,
    width: side,
    height: opts.height ?? side,
    layer: [
      {
        data: { name: 'edges' },
        mark: { type: 'rule', color: '#999', opacity: 0.18, strokeWidth: 0.6 },
        encoding: {
          x: { field: 'x', type: 'quantitative', ...hidden },
          y: { field: 'y', type: 'quantitative', ...hidden },
          x2: { field: 'x2' },
          y2: { field: 'y2' },
        },
      },
      {
        data: { name: 'nodes' },
        transform: [{ calculate: `max(datum.${field}, 0)`, as: 'size' }],
        mark: { type: 'circle', opacity: 0.85, stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          x: { field: 'x', type: 'quantitative', ...hidden },
          y: { field: 'y', type: 'quantitative', ...hidden },
          size: { field: 'size', type: 'quantitative', title: legend, scale: { range: [6, 520], zero: true } },
          color: {
            field: 'role',
            type: 'nominal',
            scale: presentRoleScale(data.nodes),
            title: 'role',
            // Under the panels, so the picture with its two size legends fits a page column.
            legend: { orient: 'bottom', direction: 'horizontal', symbolOpacity: 1 },
          },
          order: { field: 'size', type: 'quantitative', sort: 'descending' },
          tooltip: [
            { field: 'agent', type: 'quantitative', title: 'account' },
            { field: 'role', type: 'nominal' },
            { field: 'score', type: 'quantitative', format: '.4~g', title: opts.scorer },
            { field: 'truth', type: 'quantitative', format: '.3~g', title: 'true influence' },
          ],
        },
      },
    ],
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: opts.title ?? `Who the score sees (${opts.scorer}) and who really moves people`,
    description:
      opts.description ??
      'Same accounts in both panels, placed by who follows whom (clusters are communities): a big dot on the left is a high score, on the right a big real influence.',
    config: { ...BASE_CONFIG, concat: { spacing: 24 } },
    datasets: { nodes: data.nodes.map((n) => ({ ...n })), edges: data.edges.map((e) => ({ ...e })) },
    hconcat: [panel('score', `size = ${opts.scorer} score`, opts.scorer), panel('truth', 'size = true influence', 'true influence')],
    resolve: { scale: { size: 'independent' }, legend: { size: 'independent' } },
  };
}
