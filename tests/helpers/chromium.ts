/**
 * Browser test harness: open a report.html from disk in Debian's headless Chromium (through
 * playwright-core; never a downloaded browser), and collect what a reader would hit: console
 * errors, page errors, network requests, and whether every chart container got an <svg> showing
 * its chart's axis titles.
 *
 * Under CI (`process.env.CI` set) a missing Chromium must FAIL the browser tests; locally they may
 * be skipped with a printed reason. Use `browserSkipReason` with vitest's `it.skipIf`.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { TopLevelSpec } from 'vega-lite';
import { axisTitles } from '../../src/charts/axis-titles.js';

/** Debian's Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags: no sandbox (containers), no GPU, and no background traffic to a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/**
 * Why browser tests are skipped here, or null when they must run. Never skips under CI: there a
 * missing Chromium makes the launch, and so the test, fail.
 */
export function browserSkipReason(): string | null {
  if (process.env.CI) return null;
  if (existsSync(CHROMIUM_PATH)) return null;
  return `${CHROMIUM_PATH} not found (install with: apt-get install -y --no-install-recommends chromium); browser tests skipped locally`;
}

/** What happened to one chart container. */
export interface ChartCheck {
  /** The container's `data-chart` index. */
  readonly index: number;
  /** Axis titles set in the chart's spec. */
  readonly titles: readonly string[];
  /** True when the container holds an <svg>. */
  readonly hasSvg: boolean;
  /** Titles missing from the SVG's text. */
  readonly missingTitles: readonly string[];
  /** Data marks drawn (children of the SVG's `role-mark` groups: points, lines, rects, texts). */
  readonly marks: number;
}

/** Result of opening one report. */
export interface ReportCheck {
  readonly url: string;
  /** Console messages of type error, and uncaught page errors. */
  readonly consoleErrors: readonly string[];
  /** Every request that is not the file itself nor a data:/blob: URL. */
  readonly externalRequests: readonly string[];
  readonly charts: readonly ChartCheck[];
}

/** Options of {@link checkReport}. */
export interface CheckReportOptions {
  /** How long to wait for the charts to draw, ms (default 20000). */
  timeoutMs?: number;
}

/**
 * Open `file` (a path on disk) in headless Chromium and report console errors, external requests
 * and, for every `div.chart`, whether it holds an <svg> whose text includes its axis titles (read
 * from the chart's JSON island in the page). Resolves once every chart drew or the timeout passed.
 */
export async function checkReport(file: string, opts: CheckReportOptions = {}): Promise<ReportCheck> {
  const { chromium } = await import('playwright-core');
  const url = pathToFileURL(file).href;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const consoleErrors: string[] = [];
    const externalRequests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const u = r.url();
      if (u !== url && !u.startsWith('data:') && !u.startsWith('blob:')) externalRequests.push(u);
    });
    await page.goto(url, { waitUntil: 'load' });
    const timeout = opts.timeoutMs ?? 20000;
    await page
      .waitForFunction(
        () => Array.from(document.querySelectorAll('div.chart')).every((el) => el.querySelector('svg text') !== null),
        undefined,
        { timeout },
      )
      .catch(() => undefined); // judged below, chart by chart
    const found = await page.evaluate(() =>
      Array.from(document.querySelectorAll('div.chart')).map((el) => {
        const index = Number(el.getAttribute('data-chart'));
        const island = document.querySelector(`script[type="application/json"][data-chart="${index}"]`);
        const svg = el.querySelector('svg');
        return {
          index,
          spec: island?.textContent ?? 'null',
          hasSvg: svg !== null,
          marks: svg ? svg.querySelectorAll('g.role-mark > *').length : 0,
          text: svg ? Array.from(svg.querySelectorAll('text'), (t) => t.textContent ?? '').join('\n') : '',
        };
      }),
    );
    const charts = found.map(({ index, spec, hasSvg, marks, text }) => {
      const titles = axisTitles(JSON.parse(spec) as TopLevelSpec);
      return { index, titles, hasSvg, marks, missingTitles: titles.filter((t) => !text.includes(t)) };
    });
    return { url, consoleErrors, externalRequests, charts };
  } finally {
    await browser.close();
  }
}
