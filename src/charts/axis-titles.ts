/**
 * The axis titles of a chart spec (x and y encodings of the view, of every layer and of a faceted
 * chart's inner spec), so tests
 * can check that a rendered SVG shows them.
 */
import type { TopLevelSpec } from 'vega-lite';

/** Distinct x/y axis titles set on `spec` or its layers, in first-seen order. */
export function axisTitles(spec: TopLevelSpec): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const o = node as { encoding?: Record<string, { title?: unknown }>; layer?: unknown[]; spec?: unknown };
    for (const ch of ['x', 'y'] as const) {
      const t = o.encoding?.[ch]?.title;
      if (typeof t === 'string' && !out.includes(t)) out.push(t);
    }
    for (const l of o.layer ?? []) visit(l);
    visit(o.spec);
  };
  visit(spec);
  return out;
}
