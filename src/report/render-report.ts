/**
 * The self-contained report: one HTML file that opens offline and makes no network request.
 *
 *   title, story ─────────┐
 *   sections (text, chart specs, tables) ─┼─> HTML with inline CSS, the vega / vega-lite /
 *   command, manifest ────┘                   vega-embed bundles, one JSON data island per chart,
 *                                             and a small script calling vegaEmbed(el, spec, {renderer: 'svg', actions: false})
 *
 * Every chart container has class `chart` and `data-chart="<index>"`; the browser test looks
 * for an <svg> inside each one.
 */
import type { TopLevelSpec } from 'vega-lite';
import { browserBundles } from './assets.js';
import { escapeHtml, escapeScript, jsonForScript } from './escape.js';
import { LESSON_CSS, PROJECTOR_BUTTON, PROJECTOR_SCRIPT } from './projector.js';
import { REPORT_CSS } from './styles.js';
import { formatCell, type ReportTable } from './tables.js';

/** One section of the report. */
export interface ReportSection {
  readonly heading: string;
  /** Plain text; blank lines separate paragraphs. */
  readonly text?: string;
  readonly chart?: TopLevelSpec;
  /** One line under the chart saying how to read it (default: the chart spec's `description`). */
  readonly caption?: string;
  /** Plain sentences shown as a bulleted list (after the chart). */
  readonly list?: readonly string[];
  readonly table?: ReportTable;
  /**
   * Trusted HTML written as is after the text (a lesson's playable part): it must be
   * self-contained and load nothing (the page's Content-Security-Policy blocks the network).
   */
  readonly html?: string;
  /**
   * Links shown as a list after the text and any HTML: files beside the report, or a page with its
   * state in the fragment (relative or absolute URLs, given already URL-encoded; text and href are HTML-escaped).
   */
  readonly links?: readonly { readonly text: string; readonly href: string }[];
}

/** Inputs of {@link renderReportHtml}. */
export interface ReportInput {
  readonly title: string;
  /** What the scenario shows, plain text; blank lines separate paragraphs. */
  readonly story: string;
  readonly sections: readonly ReportSection[];
  /** The exact command that reproduces the report, e.g. `npx goodhart run attention-vs-influence --seed 1`. */
  readonly command: string;
  /** Seed(s), resolved parameters, version and anything else that identifies the run (JSON-serialisable). */
  readonly manifest: Readonly<Record<string, unknown>>;
  /**
   * `lesson`: larger type for a classroom, and a projector mode (one section per screen, arrow
   * keys or space to go on, type ≥ 28 px) turned on by a button or by opening the page with
   * `?projector` or `#projector`. Default `report`.
   */
  readonly variant?: 'report' | 'lesson';
}

function paragraphs(text: string, cls?: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(p)}</p>`)
    .join('\n');
}

/** A cell that reads as a number or an interval (kept on one line; other text may wrap). */
const NUMERIC = /^[-−+]?[\d.,]+%?( \[[-−+]?[\d.,]+, [-−+]?[\d.,]+\])?$|^[–∞−]+$/;

function tableHtml(t: ReportTable): string {
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = t.rows
    .map((row) => {
      const cells = t.columns.map((c, i) => (Array.isArray(row) ? (row as readonly unknown[])[i] : (row as Record<string, unknown>)[c]));
      return `<tr>${cells
        .map((v) => {
          const text = formatCell(v as Parameters<typeof formatCell>[0]);
          return `<td${NUMERIC.test(text) ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
        })
        .join('')}</tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function manifestHtml(manifest: Readonly<Record<string, unknown>>): string {
  const scalars = Object.entries(manifest).filter(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  const dl = scalars.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(String(v))}</dd>`).join('');
  return `${dl ? `<dl>${dl}</dl>` : ''}
<details><summary>Full manifest (parameters, seeds, version)</summary><pre>${escapeHtml(JSON.stringify(manifest, null, 2))}</pre></details>`;
}

/** The inline script that renders every chart island into its container. */
const EMBED_SCRIPT = `
(function () {
  var islands = document.querySelectorAll('script[type="application/json"][data-chart]');
  islands.forEach(function (island) {
    var spec = JSON.parse(island.textContent);
    var el = document.querySelector('div.chart[data-chart="' + island.getAttribute('data-chart') + '"]');
    if (typeof spec.width === 'number') { spec.width = 'container'; spec.autosize = { type: 'fit-x', contains: 'padding' }; }
    vegaEmbed(el, spec, { renderer: 'svg', actions: false }).catch(function (err) {
      el.textContent = 'This chart could not be drawn: ' + err.message;
      console.error(err);
    });
  });
})();
`;

/** Render the report as one self-contained HTML string (UTF-8). */
export function renderReportHtml(input: ReportInput): string {
  const lesson = input.variant === 'lesson';
  let chartIndex = 0;
  const sections = input.sections
    .map((s) => {
      const parts = [`<section>`, `<h2>${escapeHtml(s.heading)}</h2>`];
      if (s.text) parts.push(paragraphs(s.text));
      if (s.html) parts.push(s.html);
      if (s.links)
        parts.push(
          `<ul class="links">${s.links.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></li>`).join('')}</ul>`,
        );
      if (s.chart) {
        const i = chartIndex++;
        const label = typeof s.chart.title === 'string' ? s.chart.title : s.heading;
        const caption = s.caption ?? (typeof s.chart.description === 'string' ? s.chart.description : '');
        parts.push(
          `<figure><div class="chart" data-chart="${i}" role="img" aria-label="${escapeHtml(label)}"></div>` +
            `${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`,
        );
        parts.push(`<script type="application/json" data-chart="${i}">${jsonForScript(s.chart)}</script>`);
      }
      if (s.list) parts.push(`<ul class="facts">${s.list.map((li) => `<li>${escapeHtml(li)}</li>`).join('')}</ul>`);
      if (s.table) parts.push(tableHtml(s.table));
      parts.push(`</section>`);
      return parts.join('\n');
    })
    .join('\n');
  const bundles = browserBundles();
  const scripts = bundles.map((b) => `<script data-bundle="${b.pkg}@${b.version}">${escapeScript(b.source)}</script>`).join('\n');
  const libs = bundles.map((b) => `${b.pkg} ${b.version}`).join(', ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">
<title>${escapeHtml(input.title)}</title>
<style>${REPORT_CSS}${lesson ? LESSON_CSS : ''}</style>
</head>
<body${lesson ? ' class="lesson"' : ''}>
${lesson ? PROJECTOR_BUTTON : ''}<main>
<header>
<h1>${escapeHtml(input.title)}</h1>
${paragraphs(input.story, 'story')}
</header>
${sections}
<section>
<h2>Reproduce this report</h2>
<pre><code>${escapeHtml(input.command)}</code></pre>
${manifestHtml(input.manifest)}
</section>
<footer>Made by Goodhart. Charts drawn in your browser with ${escapeHtml(libs)}, inlined: this file needs no network.</footer>
</main>
${scripts}
<script>${escapeScript(EMBED_SCRIPT)}</script>${
    lesson
      ? `
<script>${escapeScript(PROJECTOR_SCRIPT)}</script>`
      : ''
  }
</body>
</html>
`;
}
