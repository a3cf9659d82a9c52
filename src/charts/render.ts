/**
 * Rendering chart specs in Node, with no browser and no system fonts:
 *
 *   TopLevelSpec ──vega-lite compile──> Vega spec ──vega.View(renderer 'none').toSVG()──> SVG
 *                                                   SVG ──@resvg/resvg-js + DejaVu Sans──> PNG
 *
 * The fonts come from the npm package `dejavu-fonts-ttf` and resvg is told not to load system
 * fonts, so the PNG pixels are the same on every machine. vega is ESM-only with top-level await;
 * it is imported lazily so that importing this module stays cheap.
 * Reference: Satyanarayan et al., Vega-Lite (IEEE TVCG 2017); resvg (github.com/RazrFalcon/resvg).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { CHART_FONT } from './common.js';

/** Absolute paths of the shipped font files (DejaVu Sans regular, bold, oblique). */
export function chartFontFiles(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((f) => join(root, 'ttf', f));
}

/**
 * Vega numbers gradients and clip paths from process-wide counters (`gradient_7`, `clip12`), so the
 * same spec would give other ids after other charts: renumber them by first appearance in the SVG.
 */
export function stableSvgIds(svg: string): string {
  const ids = new Map<string, number>();
  const next = new Map<string, number>();
  return svg.replace(/(id="|url\(#)(gradient_|clip|pattern_)(\d+)/g, (_, lead: string, kind: string, n: string) => {
    const key = `${kind}${n}`;
    let i = ids.get(key);
    if (i === undefined) {
      i = next.get(kind) ?? 0;
      next.set(kind, i + 1);
      ids.set(key, i);
    }
    return `${lead}${kind}${i}`;
  });
}

/** Compile a Vega-Lite spec and render it to an SVG string (the same bytes for a given spec, whatever was rendered before). */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return stableSvgIds(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/** Options of {@link svgToPng}. */
export interface PngOptions {
  /** Pixel scale factor (default 2: crisp on high-density screens and in print). */
  scale?: number;
}

/** Rasterise an SVG to PNG bytes with resvg, using only the shipped DejaVu fonts. */
export async function svgToPng(svg: string, opts: PngOptions = {}): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: opts.scale ?? 2 },
    background: 'white',
    font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
  });
  return resvg.render().asPng();
}

/** A rendered chart. */
export interface RenderedChart {
  readonly svg: string;
  readonly png: Buffer;
}

/** Render a spec to SVG and PNG. */
export async function renderChart(spec: TopLevelSpec, opts: PngOptions = {}): Promise<RenderedChart> {
  const svg = await renderSvg(spec);
  return { svg, png: await svgToPng(svg, opts) };
}

/**
 * The three files of a chart, by file name: `<name>.vl.json` (the spec), `<name>.svg`, `<name>.png`.
 * Meant for a results directory written with src/io/atomic-dir.ts.
 */
export async function chartFiles(name: string, spec: TopLevelSpec, opts: PngOptions = {}): Promise<Map<string, string | Uint8Array>> {
  const { svg, png } = await renderChart(spec, opts);
  return new Map<string, string | Uint8Array>([
    [`${name}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`],
    [`${name}.svg`, svg],
    [`${name}.png`, png],
  ]);
}

/** Write a chart's three files into an existing or new directory `dir`; returns their paths. */
export async function writeChart(dir: string, name: string, spec: TopLevelSpec, opts: PngOptions = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files = await chartFiles(name, spec, opts);
  const paths: string[] = [];
  for (const [file, content] of files) {
    const p = join(dir, file);
    writeFileSync(p, content);
    paths.push(p);
  }
  return paths;
}
