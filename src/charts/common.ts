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

/** Fixed colour of each role (Tableau 10 hues), so a role has the same colour in every chart. */
export const ROLE_COLORS: Readonly<Record<RoleName, string>> = {
  honest: '#4c78a8',
  broadcaster: '#f58518',
  capitalist: '#72b7b2',
  gamer: '#e45756',
  bot: '#9d755d',
  sybil: '#b279a2',
};

/** Vega-Lite colour scale mapping role names to their fixed colours, in role-code order. */
export const ROLE_SCALE = { domain: [...ROLES], range: ROLES.map((r) => ROLE_COLORS[r]) };

/** Default plot size in pixels (width, height); the report makes charts fill their column. */
export const DEFAULT_WIDTH = 520;
export const DEFAULT_HEIGHT = 320;

/** Config shared by every chart: one font for all text, readable sizes, white background. */
export const BASE_CONFIG: Config = {
  font: CHART_FONT_STACK,
  background: 'white',
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'bold', grid: true, gridColor: '#eee' },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  title: { fontSize: 14, anchor: 'start' },
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
}

/** The fields every top-level spec starts with. */
export function specHeader(opts: ChartOptions, fallbackTitle: string) {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: opts.title ?? fallbackTitle,
    width: opts.width ?? DEFAULT_WIDTH,
    height: opts.height ?? DEFAULT_HEIGHT,
    config: BASE_CONFIG,
  } as const;
}
