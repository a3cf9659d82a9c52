/**
 * Shared pieces of every chart: the pinned Vega-Lite schema, the font, the fixed colour of each
 * role, and the base config. Pinning `$schema` keeps specs readable after the library's schema
 * moves on (it is a string, never fetched).
 * Reference: Satyanarayan et al., "Vega-Lite: A grammar of interactive graphics", IEEE TVCG 2017.
 */
import type { Config } from 'vega-lite/types_unstable/config.js';
import { ROLES, type RoleName } from '../model/roles.js';

/** The pinned Vega-Lite schema URL. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Font family of every chart text: DejaVu Sans first (shipped from npm, so PNGs render the same everywhere). */
export const CHART_FONT = 'DejaVu Sans';
/** CSS font stack written into specs: DejaVu Sans when present, then common sans-serif fonts. */
export const CHART_FONT_STACK = `${CHART_FONT}, Verdana, Arial, sans-serif`;

/**
 * Fixed colour of each role, so a role has the same colour in every chart: the Okabe–Ito palette,
 * designed to stay distinct under the common colour-vision deficiencies.
 * Reference: Okabe & Ito, "Color Universal Design" (2002/2008).
 */
export const ROLE_COLORS: Readonly<Record<RoleName, string>> = {
  honest: '#0072B2',
  broadcaster: '#E69F00',
  capitalist: '#009E73',
  gamer: '#D55E00',
  bot: '#CC79A7',
  sybil: '#56B4E9',
};

/**
 * Colours of everything that is not a role (scorers, measures, interventions): a different,
 * colour-blind-safe set with none of the role colours, so orange never means "broadcaster" in one
 * chart and a scorer in the next. Reference: Paul Tol's "muted" qualitative scheme (2021), with grey.
 */
export const SERIES_COLORS: readonly string[] = [
  '#332288',
  '#117733',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
  '#CC6677',
  '#DDCC77',
  '#555555',
];

/** Dash patterns that tell series apart where their lines coincide (paired with SERIES_COLORS). */
export const SERIES_DASHES: readonly (readonly number[])[] = [
  [1, 0],
  [8, 4],
  [2, 3],
  [12, 3, 2, 3],
  [4, 2],
  [1, 0],
  [8, 4],
  [2, 3],
  [12, 3, 2, 3],
];

/**
 * A fixed colour per series id across every chart of one report: `ids` is the report's full list
 * (e.g. every scorer of the run), so a scorer keeps its colour in a chart that shows only some.
 */
export function seriesScale(ids: readonly string[]): { domain: string[]; range: string[] } {
  return { domain: [...ids], range: ids.map((_, i) => SERIES_COLORS[i % SERIES_COLORS.length]!) };
}

/** The matching dash scale of {@link seriesScale}. */
export function seriesDashScale(ids: readonly string[]): { domain: string[]; range: number[][] } {
  return { domain: [...ids], range: ids.map((_, i) => [...SERIES_DASHES[i % SERIES_DASHES.length]!]) };
}

/** Smallest text size in a report's chart, in pixels (readable on a laptop at arm's length). */
export const TEXT_SIZE = 13;
/** Smallest text size in a lesson's chart, in pixels (readable from the back of a classroom). */
export const LESSON_TEXT_SIZE = 16;

/** Vega-Lite colour scale mapping role names to their fixed colours, in role-code order. */
export const ROLE_SCALE = { domain: [...ROLES], range: ROLES.map((r) => ROLE_COLORS[r]) };

/**
 * The role colour scale restricted to the roles in `rows` (role-code order), so a legend lists
 * only roles that are drawn; each role keeps its fixed colour.
 */
export function presentRoleScale(rows: Iterable<{ readonly role: RoleName }>): { domain: RoleName[]; range: string[] } {
  const seen = new Set<RoleName>();
  for (const r of rows) seen.add(r.role);
  const domain = ROLES.filter((r) => seen.has(r));
  return { domain, range: domain.map((r) => ROLE_COLORS[r]) };
}

/** Default plot size in pixels (width, height); the report makes charts fill their column. */
export const DEFAULT_WIDTH = 520;
export const DEFAULT_HEIGHT = 320;

/** Config shared by every chart: one font for all text, readable sizes, white background. */
export const BASE_CONFIG: Config = {
  font: CHART_FONT_STACK,
  background: 'white',
  axis: { labelFontSize: TEXT_SIZE, titleFontSize: TEXT_SIZE + 1, titleFontWeight: 'bold', grid: true, gridColor: '#eee' },
  legend: { labelFontSize: TEXT_SIZE, titleFontSize: TEXT_SIZE + 1, labelLimit: 260, titleLimit: 260 },
  header: { labelFontSize: TEXT_SIZE + 1, titleFontSize: TEXT_SIZE + 1 },
  title: { fontSize: TEXT_SIZE + 4, anchor: 'start' },
  text: { fontSize: TEXT_SIZE },
  range: { category: [...SERIES_COLORS] },
  view: { stroke: null },
};

/** Common options of every chart builder. */
export interface ChartOptions {
  /** Chart title (shown above the plot). */
  title?: string;
  /** Plot width in pixels (default 520). */
  width?: number;
  /** Plot height in pixels (default 320). */
  height?: number;
  /** Every series id (e.g. scorer) of the report, in a fixed order, so a series has one colour in every chart. */
  series?: readonly string[];
  /** One line saying how to read the chart (the report's caption; default: the builder's own). */
  description?: string;
}

/**
 * The fields every top-level spec starts with. `howToRead` is one line telling a reader how to
 * read the chart: it goes into the spec's `description` (the report prints it as the caption).
 */
export function specHeader(opts: ChartOptions, fallbackTitle: string, howToRead: string) {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: opts.title ?? fallbackTitle,
    description: opts.description ?? howToRead,
    width: opts.width ?? DEFAULT_WIDTH,
    height: opts.height ?? DEFAULT_HEIGHT,
    config: BASE_CONFIG,
  } as const;
}

/** Config keys whose `fontSize`-like fields set chart text (axis, legend, header, title, text marks). */
const SIZE_KEYS = new Set(['fontSize', 'labelFontSize', 'titleFontSize', 'subtitleFontSize']);

/**
 * A copy of `spec` with every chart text at least `minPx` pixels: each font size in the spec (its
 * config, marks and encodings) is raised by the same step, `minPx − TEXT_SIZE`, so titles stay
 * larger than labels. Used for lessons ({@link LESSON_TEXT_SIZE}); `minPx` in [TEXT_SIZE, 96].
 */
export function withLargerText<T>(spec: T, minPx: number): T {
  const step = Math.max(0, minPx - TEXT_SIZE);
  const visit = (node: unknown, key: string): unknown => {
    if (Array.isArray(node)) return node.map((v) => visit(v, ''));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, k)]));
    }
    return typeof node === 'number' && SIZE_KEYS.has(key) ? Math.max(minPx, node + step) : node;
  };
  return visit(spec, '') as T;
}
