/**
 * What a reader at 1366 × 768 must be able to read on any Goodhart page, checked in the page itself
 * (one function evaluated by Chromium, no imports): every Vega chart draws marks, no visible text
 * says `undefined` or `NaN`, no visible text (HTML or a chart's SVG, scaled as drawn) is smaller
 * than the minimum, no table is wider than the viewport and the page does not scroll sideways,
 * and every claim row shows ✓ or ✗.
 */

/** The rules a page can break. */
export type PageRule = 'no-marks' | 'undefined-or-nan' | 'small-text' | 'wide-table' | 'wide-page' | 'claim-without-mark';

/** One failure on a page: which rule and where. */
export interface PageProblem {
  readonly rule: PageRule;
  readonly where: string;
}

/** Options of {@link pageProblems}, passed into the page. */
export interface PageRules {
  /** Smallest allowed drawn text size in CSS pixels (13 for reports). */
  readonly minTextPx: number;
  /** Viewport width the page must fit (1366). */
  readonly width: number;
}

/**
 * Evaluated in the browser (`page.evaluate(pageProblems, rules)`): every broken rule, with the
 * text or chart it concerns. Text size is the computed font size times the element's drawn scale
 * (an SVG shrunk to fit its column shrinks its text too).
 */
export function pageProblems(rules: PageRules): PageProblem[] {
  const out: PageProblem[] = [];
  const short = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 80);
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
  };
  // 1. Charts: every container drew marks (items inside Vega's data-mark groups).
  document.querySelectorAll('div.chart').forEach((el) => {
    const items = el.querySelectorAll('svg g.role-mark > *').length;
    if (items === 0)
      out.push({ rule: 'no-marks', where: `chart ${el.getAttribute('data-chart')}: ${el.getAttribute('aria-label') ?? ''}` });
  });
  // 2. undefined / NaN in visible text, HTML and SVG.
  const bad = /\b(undefined|NaN)\b/;
  // innerText, not textContent: only what is rendered (no script sources, no closed <details>).
  // biome-ignore lint/performance/useDomNodeTextContent: visible text is the point here
  const texts: string[] = [document.body.innerText];
  document.querySelectorAll('svg text').forEach((t) => {
    if (visible(t)) texts.push(t.textContent ?? '');
  });
  for (const t of texts) {
    const m = t.split('\n').find((line) => bad.test(line));
    if (m !== undefined) out.push({ rule: 'undefined-or-nan', where: short(m) });
  }
  // 3. Text size: every element holding a non-blank text node, as drawn.
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !(n.textContent ?? '').trim()) continue;
    seen.add(el);
    if (el.closest('script, style, title') || !visible(el)) continue;
    let px = Number.parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGGraphicsElement) {
      const m = el.getScreenCTM();
      if (m) px *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
    }
    if (px < rules.minTextPx - 0.05) out.push({ rule: 'small-text', where: `${px.toFixed(1)} px: ${short(n.textContent ?? '')}` });
  }
  // 4. Width: tables and the page itself.
  document.querySelectorAll('table').forEach((t) => {
    const r = t.getBoundingClientRect();
    if (r.width > rules.width) {
      out.push({ rule: 'wide-table', where: `${Math.round(r.width)} px wide: ${short(t.querySelector('thead')?.textContent ?? '')}` });
    }
  });
  if (document.documentElement.scrollWidth > rules.width) {
    out.push({ rule: 'wide-page', where: `scrollWidth ${document.documentElement.scrollWidth}` });
  }
  // 5. Claims: in any table with a "claim" column, every row carries ✓ or ✗.
  document.querySelectorAll('table').forEach((t) => {
    const heads = Array.from(t.querySelectorAll('thead th'), (th) => (th.textContent ?? '').trim().toLowerCase());
    if (!heads.includes('claim')) return;
    t.querySelectorAll('tbody tr').forEach((tr) => {
      const text = tr.textContent ?? '';
      if (!text.includes('✓') && !text.includes('✗')) out.push({ rule: 'claim-without-mark', where: short(text) });
    });
  });
  return out;
}
