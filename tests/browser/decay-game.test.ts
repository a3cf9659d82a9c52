/**
 * The decay game is playable in the lesson page: in headless Chromium, three clicks on "rent
 * engagement" fill one table row per round with the numbers the model computed for that path (the
 * lesson's facts), the choice buttons lock after the last round, and "Play again" starts over; the
 * section links to the team game in the explorer page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, browserSkipReason } from '../helpers/chromium.js';
import { getLesson } from '../../src/lessons/registry.js';
import { lessonReportInput } from '../../src/lessons/report.js';
import { runLesson } from '../../src/lessons/run-lesson.js';
import { renderReportHtml } from '../../src/report/render-report.js';

const dir = mkdtempSync(join(tmpdir(), 'goodhart-decay-game-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the decay game in the lesson page', () => {
  it.skipIf(browserSkipReason() !== null)(
    'plays three rounds with the computed numbers, locks, and starts over',
    async () => {
      const r = runLesson(getLesson('goodhart-decay'), { layoutIterations: 20 });
      const file = join(dir, 'report.html');
      writeFileSync(file, renderReportHtml(lessonReportInput([r], 'goodhart lesson goodhart-decay')));
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
      try {
        const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        const rows = () => page.$$eval('#decay-game tbody tr', (trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent)));
        expect(await rows()).toHaveLength(1);
        const f = r.finding.facts;
        expect((await rows())[0]![2]).toBe(f.validityStart!.toFixed(3));
        for (let k = 0; k < 3; k++) await page.click('#decay-game button[data-choice="1"]');
        const played = await rows();
        expect(played).toHaveLength(4);
        expect(played.slice(1).map((row) => row[1])).toEqual(['rent engagement', 'rent engagement', 'rent engagement']);
        expect(played[3]![2]).toBe(f.validityBots!.toFixed(3));
        expect(played[3]![3]).toBe(`${Math.round(f.gamingShareBots! * 100)}%`);
        expect(played[3]![4]).toBe(`#${f.placeBots}`);
        expect(await page.$eval('#decay-game button[data-choice="0"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
        expect(await page.textContent('#decay-game .game-status')).toContain('Game over');
        await page.waitForFunction(() => document.querySelector('#decay-game .game-chart svg') !== null, undefined, { timeout: 20000 });
        await page.click('#decay-game button.game-reset');
        expect(await rows()).toHaveLength(1);
        await page.click('#decay-game button[data-choice="0"]');
        expect((await rows())[1]![1]).toBe('stay organic');
        // The link to the team version of the game, in the explorer page beside the lesson page.
        expect(await page.getAttribute('#decay-game .game-teams a', 'href')).toBe(`explorer.html#game=decay-teams&seed=${r.world.seed}`);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    120000,
  );
});
