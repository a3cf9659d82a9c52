/**
 * Every page Goodhart writes, read the way a class or a reviewer reads it: each scenario's run
 * report (small worlds: 300 agents, 8 ticks, seed 2), each lesson page and the all-lessons page,
 * the gauntlet report and the leaderboard, opened in one headless Chromium at 1366 × 768. A page
 * fails on a chart with no marks, `undefined`/`NaN` in visible text, text drawn smaller than
 * 13 px (16 px on lesson pages), a table wider than the page or a page that scrolls sideways,
 * a claim without its ✓/✗, or a console error. Lesson pages are also opened in projector mode;
 * scenario reports are also read by checkReport (every chart an SVG with its axis titles, no
 * network request).
 * Under CI a missing Chromium fails these tests; locally they skip with the reason printed.
 * The pages are checked in two files that the two test workers run side by side:
 * every-page-runs.test.ts (the scenario reports) and every-page-lessons.test.ts (the lessons, the
 * all-lessons page, the gauntlet report and the leaderboard); `everyPageSuite(group)` is their body.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { gauntletHtml, leaderboardHtml } from '../../src/gauntlet/report.js';
import { runGauntlet, type GauntletScorer } from '../../src/gauntlet/run.js';
import { parseScorerRef } from '../../src/gauntlet/scorer-ref.js';
import { getSuite } from '../../src/gauntlet/suites/registry.js';
import { LESSONS } from '../../src/lessons/registry.js';
import { lessonReportInput } from '../../src/lessons/report.js';
import { runLesson } from '../../src/lessons/run-lesson.js';
import { getScorer } from '../../src/metrics/registry.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { runScenario } from '../../src/pipeline/run-scenario.js';
import { runFiles } from '../../src/pipeline/run-outputs.js';
import { renderReportHtml } from '../../src/report/render-report.js';
import { SCENARIOS } from '../../src/scenarios/registry.js';
import type { Scenario } from '../../src/scenarios/scenario.js';
import { browserSkipReason, checkReport, CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js';
import { pageProblems, type PageRules } from './page-checks.js';

const SMALL = { agents: 300, ticks: 8, seed: 2 };
const VIEWPORT = { width: 1366, height: 768 };
const skip = browserSkipReason();
if (skip) console.warn(skip);

/** One page to check: its file and the smallest text it may show. */
interface Page {
  readonly file: string;
  readonly minTextPx: number;
}

/** The two halves of the pages, one per test file. */
export type PageGroup = 'runs' | 'lessons';

/** The names of the pages a group checks (`run/<scenario>`, `lesson/<id>`, `lessons`, `gauntlet`, `leaderboard`). */
export function pageNames(group: PageGroup): string[] {
  return group === 'runs'
    ? SCENARIOS.map((s) => `run/${s.id}`)
    : [...LESSONS.map((l) => `lesson/${l.id}`), 'lessons', 'gauntlet', 'leaderboard'];
}

/** Register the page checks of one group (call once, at a test file's top level). */
export function everyPageSuite(group: PageGroup): void {
  const pages = new Map<string, Page>();
  let tmp: string;
  let browser: Browser | undefined;

  async function scenarioHtml(sc: Scenario): Promise<string> {
    const command = `goodhart run ${sc.id} --seed ${SMALL.seed} --agents ${SMALL.agents} --ticks ${SMALL.ticks}`;
    const files = sc.experiment
      ? (await sc.experiment(sc, { seeds: [SMALL.seed], agents: SMALL.agents, command })).files
      : (await runFiles(runScenario(makePlan(sc, sc.scorers.map(getScorer)), [resolveRunConfig(sc, SMALL)]), { command, render: false }))
          .files;
    const html = files.get('report.html');
    if (typeof html !== 'string') throw new Error(`${sc.id}: no report.html`);
    return html;
  }

  async function gauntletPages(): Promise<[string, string][]> {
    const ids = ['follower-count', 'pagerank', 'klout-like'];
    const scorers: GauntletScorer[] = ids.map((id) => {
      const s = getScorer(id);
      return { ref: parseScorerRef(id), info: { id: s.id, version: s.version, family: s.family } };
    });
    const results = await runGauntlet(getSuite('smoke'), scorers, { inProcess: true });
    return [
      ['gauntlet', gauntletHtml(results[0]!, 'goodhart gauntlet --scorer follower-count --suite smoke')],
      ['leaderboard', leaderboardHtml(results, 'goodhart gauntlet --leaderboard --suite smoke --scorers klout-like', ['klout-like'])],
    ];
  }

  function save(name: string, html: string, minTextPx: number): void {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report.html'), html);
    pages.set(name, { file: join(dir, 'report.html'), minTextPx });
  }

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'goodhart-pages-'));
    if (group === 'lessons') {
      const lessonResults = LESSONS.map((l) => runLesson(l));
      for (const r of lessonResults) {
        save(`lesson/${r.lesson.id}`, renderReportHtml(lessonReportInput([r], `goodhart lesson ${r.lesson.id}`)), 16);
      }
      save('lessons', renderReportHtml(lessonReportInput(lessonResults, 'goodhart lessons')), 16);
      for (const [name, html] of await gauntletPages()) save(name, html, 13);
    } else {
      for (const sc of SCENARIOS) save(`run/${sc.id}`, await scenarioHtml(sc), 13);
    }
    if (!skip) {
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
    }
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** At most this many pages open at once (the machine may have two cores). */
  const OPEN_AT_ONCE = 3;
  let opened = 0;
  const waiting: (() => void)[] = [];
  async function slot(): Promise<() => void> {
    if (opened >= OPEN_AT_ONCE) await new Promise<void>((r) => waiting.push(r));
    opened++;
    return () => {
      opened--;
      waiting.shift()?.();
    };
  }

  /** Open a page at 1366 × 768, wait for its charts, return the page (close() frees its slot) and console errors. */
  async function open(file: string, query = '') {
    const release = await slot();
    const page = await browser!.newPage({ viewport: VIEWPORT });
    page.on('close', release);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    await page.goto(pathToFileURL(file).href + query, { waitUntil: 'load', timeout: 120_000 });
    await page
      .waitForFunction(
        () => Array.from(document.querySelectorAll('div.chart')).every((el) => el.querySelector('svg text') !== null),
        undefined,
        {
          timeout: 60_000,
        },
      )
      .catch(() => undefined); // an undrawn chart is reported as "no-marks" below
    return { page, errors };
  }

  describe(`every page at 1366 × 768 (${group})`, () => {
    it('the two groups together cover every scenario, every lesson, the lessons page, the gauntlet report and the leaderboard', () => {
      expect([...pageNames('runs'), ...pageNames('lessons')].sort()).toEqual(
        [...SCENARIOS.map((s) => `run/${s.id}`), ...LESSONS.map((l) => `lesson/${l.id}`), 'lessons', 'gauntlet', 'leaderboard'].sort(),
      );
      expect([...pages.keys()].sort()).toEqual(pageNames(group).sort());
    });
  });

  // Pages are opened a few at a time in the one browser (each is independent).
  (skip ? describe.skip : describe.concurrent)('in headless Chromium', () => {
    it.for(pageNames(group))('%s: charts drawn, no undefined/NaN, text readable, tables fit, claims marked', async (name, { expect }) => {
      const { file, minTextPx } = pages.get(name)!;
      const { page, errors } = await open(file);
      try {
        const rules: PageRules = { minTextPx, width: VIEWPORT.width };
        const problems = await page.evaluate(pageProblems, rules);
        // One line per distinct problem (a too-small axis repeats on every tick label).
        expect([...new Set(problems.map((p) => `${p.rule}: ${p.where}`))].slice(0, 25)).toEqual([]);
        expect(errors).toEqual([]);
        const charts = await page.locator('div.chart').count();
        expect(charts, 'charts on the page').toBeGreaterThan(0);
        expect(await page.locator('div.chart + figcaption').count(), 'a caption under every chart').toBe(charts);
      } finally {
        await page.close();
      }
      if (name.startsWith('run/')) {
        // A scenario's report, as tests/helpers/chromium.ts reads it: every chart an SVG with the axis
        // titles its spec names, no console error, no request leaving the file.
        const check = await checkReport(file);
        expect(check.consoleErrors).toEqual([]);
        expect(check.externalRequests).toEqual([]);
        expect(check.charts.length).toBeGreaterThan(0);
        for (const c of check.charts) {
          expect(c.hasSvg, `chart ${c.index} of ${name} has no <svg>`).toBe(true);
          expect(c.titles.length, `chart ${c.index} of ${name} has no axis titles`).toBeGreaterThan(0);
          expect(c.missingTitles, `chart ${c.index} of ${name}`).toEqual([]);
        }
      }
    });

    it.for(group === 'lessons' ? ['lesson/silent-majority', 'lessons'] : [])(
      '%s in projector mode: one idea per screen, type ≥ 28 px, keys step',
      async (name, { expect }) => {
        const { page, errors } = await open(pages.get(name)!.file, '?projector');
        try {
          const state = await page.evaluate(() => {
            const slides = Array.from(document.querySelectorAll('main > header, main > section')) as HTMLElement[];
            const prose = Array.from(document.querySelectorAll('main p, main li, main h1, main h2, main figcaption'));
            return {
              on: document.body.classList.contains('projector'),
              slides: slides.length,
              shortest: Math.min(...slides.map((s) => s.getBoundingClientRect().height)),
              smallest: Math.min(...prose.map((e) => Number.parseFloat(getComputedStyle(e).fontSize))),
              second: slides[1]!.offsetTop,
            };
          });
          expect(state.on).toBe(true);
          expect(state.slides).toBeGreaterThanOrEqual(6);
          expect(state.shortest).toBeGreaterThanOrEqual(VIEWPORT.height - 1);
          expect(state.smallest).toBeGreaterThanOrEqual(28);
          await page.keyboard.press('ArrowRight');
          await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, state.second, { timeout: 5000 });
          await page.keyboard.press('ArrowLeft');
          await page.waitForFunction(() => window.scrollY < 2, undefined, { timeout: 5000 });
          await page.keyboard.press('Escape');
          expect(await page.evaluate(() => document.body.classList.contains('projector'))).toBe(false);
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      },
    );
  });
}
