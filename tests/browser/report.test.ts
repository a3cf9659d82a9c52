/**
 * Reports open in headless Chromium (Debian's, via playwright-core): every chart renders an SVG
 * showing its axis titles, no console error, no network request. Under CI a missing Chromium
 * fails these tests; locally they are skipped with a printed reason.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summariseOverSeeds } from '../../src/drift/summary.js';
import { measuresTable } from '../../src/report/tables.js';
import { renderReportHtml } from '../../src/report/render-report.js';
import { sampleCharts, sampleDriftRows } from '../charts/fixtures.js';
import { browserSkipReason, checkReport } from '../helpers/chromium.js';

const skipReason = browserSkipReason();
if (skipReason) console.warn(`[browser tests] ${skipReason}`);

const dir = mkdtempSync(join(tmpdir(), 'goodhart-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sample report from fixed data with every chart type (and hostile text to test escaping). */
function writeSampleReport(): string {
  const charts = sampleCharts();
  const file = join(dir, 'report.html');
  writeFileSync(
    file,
    renderReportHtml({
      title: 'Sample report </script><script>console.error("escaped badly")</script>',
      story: 'Fixed data with every chart type.\n\nA second paragraph with <b>markup</b> that must show as text.',
      sections: [
        ...Object.entries(charts).map(([heading, chart]) => ({ heading, text: `The ${heading} chart.`, chart })),
        {
          heading: 'Measures at the last tick',
          table: measuresTable(summariseOverSeeds(sampleDriftRows()), { measures: ['spearman', 'kendall-tau-b', 'gamer-share-at-k'] }),
        },
      ],
      command: 'npx tsx src/cli/main.ts run sample --seeds 1..3',
      manifest: { seed: '1..3', version: '0.1.0', parameters: { agents: 60, ticks: 5 } },
    }),
  );
  return file;
}

describe('report.html in headless Chromium', () => {
  it.skipIf(skipReason !== null)(
    'sample report with every chart type: SVGs with axis titles, no console error, no network request',
    async () => {
      const result = await checkReport(writeSampleReport());
      expect(result.consoleErrors).toEqual([]);
      expect(result.externalRequests).toEqual([]);
      expect(result.charts).toHaveLength(Object.keys(sampleCharts()).length);
      for (const c of result.charts) {
        expect(c.hasSvg, `chart ${c.index} has an <svg>`).toBe(true);
        expect(c.titles.length).toBeGreaterThanOrEqual(2);
        expect(c.missingTitles, `chart ${c.index} shows its axis titles`).toEqual([]);
      }
    },
    60_000,
  );
  it.skipIf(skipReason !== null)(
    'the harness catches what it must (negative control): a network request, a console error, a chart with no SVG',
    async () => {
      const file = join(dir, 'broken.html');
      const spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        mark: 'point',
        encoding: { x: { field: 'a', type: 'quantitative', title: 'A axis' }, y: { field: 'b', type: 'quantitative', title: 'B axis' } },
      };
      writeFileSync(
        file,
        `<!doctype html><html><body><img src="http://127.0.0.1:9/nothing.png"><div class="chart" data-chart="0"></div>
<script type="application/json" data-chart="0">${JSON.stringify(spec)}</script><script>console.error('boom')</script></body></html>`,
      );
      const result = await checkReport(file, { timeoutMs: 1000 });
      expect(result.externalRequests).toEqual(['http://127.0.0.1:9/nothing.png']);
      expect(result.consoleErrors.some((e) => e.includes('boom'))).toBe(true);
      expect(result.charts).toEqual([
        { index: 0, titles: ['A axis', 'B axis'], hasSvg: false, marks: 0, missingTitles: ['A axis', 'B axis'] },
      ]);
    },
    60_000,
  );
});
