/**
 * The page checks of every-page-suite.ts catch what they claim to: one deliberately bad report (a
 * chart with no data, NaN in the text, 10 px text, a chart shrunk to half size, a table wider than
 * the page, a claim without ✓/✗) makes every rule fire, and the same report without the faults passes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TopLevelSpec } from 'vega-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportHtml, type ReportSection } from '../../src/report/render-report.js';
import { browserSkipReason, CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js';
import { pageProblems, type PageRule } from './page-checks.js';

const skip = browserSkipReason();
const dir = mkdtempSync(join(tmpdir(), 'goodhart-checks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bars = (values: { x: string; y: number }[]): TopLevelSpec => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  description: 'One bar per letter.',
  width: 300,
  height: 120,
  data: { values },
  mark: 'bar',
  encoding: { x: { field: 'x', type: 'nominal' }, y: { field: 'y', type: 'quantitative' } },
  config: { axis: { labelFontSize: 14, titleFontSize: 14 } },
});

function page(name: string, bad: boolean): string {
  const sections: ReportSection[] = [
    { heading: 'A chart', chart: bars(bad ? [] : [{ x: 'a', y: 1 }]) },
    { heading: 'Text', text: bad ? 'The mean is NaN.' : 'The mean is 2.' },
    {
      heading: 'Claims',
      table: { columns: ['', 'claim'], rows: [[bad ? '' : '✓', 'scores drift']] },
    },
    {
      heading: 'Wide',
      table: { columns: ['a', 'b'], rows: [[bad ? 'x'.repeat(40) : 'x', 'y']] },
    },
  ];
  const file = join(dir, `${name}.html`);
  let html = renderReportHtml({ title: 'Checks', story: 'A page to check the checks.', sections, command: 'none', manifest: {} });
  if (bad) {
    // Tiny text, an unbreakable table far wider than the page, and a chart shrunk to half its size.
    html = html.replace(
      '</main>',
      '<p style="font-size:10px">fine print</p><table style="width:1600px"><tr><td>wide</td></tr></table></main>',
    );
    html = html.replace('</style>', '.chart svg { transform: scale(.5); transform-origin: 0 0; }</style>');
  }
  writeFileSync(file, html);
  return file;
}

async function problems(file: string): Promise<Set<PageRule>> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
  try {
    const p = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await p.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
    await p.waitForFunction(() => document.querySelector('div.chart svg') !== null, undefined, { timeout: 60_000 });
    const found = await p.evaluate(pageProblems, { minTextPx: 13, width: 1366 });
    return new Set(found.map((f) => f.rule));
  } finally {
    await browser.close();
  }
}

describe.skipIf(skip !== null)('page checks', () => {
  it('a bad page breaks every rule; the same page without the faults breaks none', async () => {
    const bad = await problems(page('bad', true));
    expect([...bad].sort()).toEqual(['claim-without-mark', 'no-marks', 'small-text', 'undefined-or-nan', 'wide-page', 'wide-table']);
    expect([...(await problems(page('good', false)))]).toEqual([]);
  });
});
