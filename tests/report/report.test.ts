/** The self-contained report: structure, escaping, offline assets, and the measures table. */
import { describe, expect, it } from 'vitest';
import type { DriftSummaryRow } from '../../src/drift/summary.js';
import { browserBundles, packageRoot } from '../../src/report/assets.js';
import { escapeHtml, escapeScript, jsonForScript } from '../../src/report/escape.js';
import { renderReportHtml } from '../../src/report/render-report.js';
import { formatCell, measuresTable } from '../../src/report/tables.js';
import { sampleCharts } from '../charts/fixtures.js';

const hostile = '</script><script>alert(1)</script><!--';

function sample() {
  const charts = sampleCharts();
  return renderReportHtml({
    title: `Report ${hostile}`,
    story: `First paragraph ${hostile}.\n\nSecond paragraph.`,
    sections: [
      { heading: 'Scatter', text: 'Some text.', chart: charts['score-vs-truth'] as NonNullable<(typeof charts)['x']> },
      { heading: 'Churn', chart: charts['rank-churn'] as NonNullable<(typeof charts)['x']> },
      { heading: 'Table', table: { columns: ['scorer', 'spearman'], rows: [['a', 0.12345], { scorer: hostile, spearman: NaN }] } },
    ],
    command: 'npx tsx src/cli/main.ts run attention-vs-influence --seed 1',
    manifest: { seed: 1, version: '0.1.0', parameters: { agents: 500 } },
  });
}

describe('renderReportHtml', () => {
  const html = sample();
  it('inlines vega, vega-lite and vega-embed and loads nothing by URL', () => {
    for (const b of browserBundles()) expect(html).toContain(`data-bundle="${b.pkg}@${b.version}"`);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/<img[^>]+src="?https?:/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
  });
  it('every </script in the page closes a real script element (bundles, JSON and text are escaped)', () => {
    const opens = (html.match(/<script[\s>]/gi) ?? []).length;
    const closes = (html.match(/<\/script/gi) ?? []).length;
    expect(closes).toBe(opens);
    // 3 bundles + 2 chart islands + the embed script.
    expect(opens).toBe(6);
    expect(html).not.toContain('<script>alert(1)');
  });
  it('has one chart container and one JSON island per chart, the command and the manifest', () => {
    expect(html.match(/<div class="chart" data-chart="\d+"/g)).toHaveLength(2);
    expect(html).toContain('<script type="application/json" data-chart="1">');
    expect(html).toContain('npx tsx src/cli/main.ts run attention-vs-influence --seed 1');
    expect(html).toContain('<dt>seed</dt><dd>1</dd>');
    expect(html).toContain('&quot;agents&quot;: 500');
    expect(html).toContain("vegaEmbed(el, spec, { renderer: 'svg', actions: false })");
  });
  it('chart islands hold the exact spec as JSON', () => {
    const m = html.match(/<script type="application\/json" data-chart="0">(.*?)<\/script>/s);
    expect(JSON.parse(m?.[1] ?? 'null')).toEqual(JSON.parse(JSON.stringify(sampleCharts()['score-vs-truth'])));
  });
  it('renders tables with formatted numbers and escaped text', () => {
    expect(html).toContain('<td class="num">0.123</td>');
    expect(html).toContain('<td class="num">–</td>');
    expect(html).toContain(escapeHtml(hostile));
  });
});

describe('escaping helpers', () => {
  it('escapeScript neutralises </script and <!-- without changing JS meaning', () => {
    const js = 'var s = "</script>" + "<!--"; var r = /<\\/script/;';
    const out = escapeScript(js);
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('<!--');
    expect(new Function(`${out}; return s;`)()).toBe('</script><!--');
  });
  it('jsonForScript is valid JSON with no "<"', () => {
    const v = { a: '</script>', b: [1, 2] };
    expect(jsonForScript(v)).not.toContain('<');
    expect(JSON.parse(jsonForScript(v))).toEqual(v);
  });
});

describe('assets', () => {
  it('finds package roots behind their exports maps', () => {
    expect(packageRoot('vega-embed')).toMatch(/node_modules\/vega-embed$/);
    expect(
      browserBundles()
        .map((b) => b.source.length)
        .every((n) => n > 10_000),
    ).toBe(true);
  });
});

describe('measuresTable', () => {
  const row = (scorer: string, measure: string, tick: number, mean: number, n = 3): DriftSummaryRow => ({
    scenario: 's',
    tick,
    scorer,
    measure,
    n,
    mean,
    lo: mean - 0.1,
    hi: mean + 0.1,
  });
  it('shows mean [lo, hi] per scorer and measure at the last tick, skipping scorers without the measures', () => {
    const t = measuresTable(
      [
        row('a', 'spearman', 0, 0.1),
        row('a', 'spearman', 1, 0.5),
        row('b', 'spearman', 1, 0.25, 1),
        row('a->b', 'kendall-distance', 1, 0.2),
      ],
      { measures: ['spearman'] },
    );
    expect(t.columns).toEqual(['scorer', 'spearman']);
    expect(t.rows).toEqual([
      { scorer: 'a', spearman: '0.500 [0.400, 0.600]' },
      { scorer: 'b', spearman: '0.250' },
    ]);
  });
  it('formats cells', () => {
    expect([formatCell(3), formatCell(0.5), formatCell(NaN), formatCell(null), formatCell('x')]).toEqual(['3', '0.500', '–', '–', 'x']);
  });
});
