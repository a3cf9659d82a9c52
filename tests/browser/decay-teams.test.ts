/**
 * The team decay game in explorer.html (`#game=decay-teams&…`), as a class plays it: opened from
 * file:// in headless Chromium at 1366×768, four teams pick different strategies (from the
 * keyboard and by clicking, in a shuffled order) for two rounds; after each round the page's numbers
 * (the JSON it drew from, and every table cell) equal a Node computation of the same path
 * (src/lessons/decay-teams.ts); the URL holds the state, and reloading it gives the same game; no
 * console error, no network request. Prints the time from "Play round" to the drawn chart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goodhart } from '../helpers/cli.js';
import { browserSkipReason, CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js';
import { playTeamGame, type TeamSetup } from '../../src/lessons/decay-teams.js';
import { gameRows } from '../../src/explorer/game-views.js';

const dir = mkdtempSync(join(tmpdir(), 'goodhart-decay-teams-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const skip = browserSkipReason();

const SETUP: TeamSetup = { seed: 2, teams: 4, perTeam: 2 };
/** Round 1 and round 2 picks per team (0 organic, 1 rent engagement, 2 buy followers). */
const PICKS = [
  [1, 0, 2, 0],
  [1, 2, 0, 1],
];
/** The order in which the teams click in each round (not the team order). */
const ORDER = [
  [2, 0, 3, 1],
  [3, 1, 2, 0],
];

async function drawnRounds(page: Page, rounds: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const d = document.body.dataset;
      return d.gameDrawn === d.gameRequest && d.gameRounds === String(n) && document.querySelector('#g-chart svg') !== null;
    },
    rounds,
    { timeout: 120_000 },
  );
}

async function pageNumbers(page: Page): Promise<{ rounds: unknown; accounts: unknown; cells: string[][] }> {
  return page.evaluate(() => {
    const el = document.getElementById('g-results') as HTMLElement;
    const cells = Array.from(el.querySelectorAll('tbody tr'), (tr) => Array.from(tr.children, (td) => td.textContent ?? ''));
    return { rounds: JSON.parse(el.dataset.rounds ?? 'null'), accounts: JSON.parse(el.dataset.accounts ?? 'null'), cells };
  });
}

describe.skipIf(skip !== null)('the team decay game in explorer.html', () => {
  it('plays two rounds with different choices per team and shows the Node numbers for that path', async () => {
    const r = goodhart(['explore', '--out', join(dir, 'page')]);
    expect(r.code, r.stderr).toBe(0);
    const url = `${pathToFileURL(join(dir, 'page', 'explorer.html')).href}#game=decay-teams&seed=${SETUP.seed}&teams=${SETUP.teams}&accounts=${SETUP.perTeam}`;
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
    const errors: string[] = [];
    const external: string[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('request', (q) => {
        const u = q.url();
        if (!u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
      });
      await page.goto(url);
      await drawnRounds(page, 0);
      const start = playTeamGame(SETUP, []);
      expect((await pageNumbers(page)).rounds).toEqual(start.rounds);
      expect(await page.locator('#g-play').isDisabled()).toBe(true);
      // Every choice is a labelled radio button.
      expect(await page.getByLabel('rent engagement').count()).toBe(SETUP.teams);

      for (let round = 0; round < PICKS.length; round++) {
        for (const [k, t] of ORDER[round]!.entries()) {
          const c = PICKS[round]![t]!;
          if (k % 2 === 0) await page.locator(`#g-team-${t}-${c}`).check();
          else {
            // From the keyboard: focus the team's first choice, arrow down to the wanted one.
            await page.locator(`#g-team-${t}-0`).focus();
            if (c === 0) await page.keyboard.press('Space');
            for (let j = 0; j < c; j++) await page.keyboard.press('ArrowDown');
          }
          expect(await page.locator(`#g-team-${t}-${c}`).isChecked()).toBe(true);
        }
        expect(await page.locator('#g-play').isDisabled()).toBe(false);
        await page.locator('#g-play').click();
        await drawnRounds(page, round + 1);
        const node = playTeamGame(SETUP, PICKS.slice(0, round + 1));
        const shown = await pageNumbers(page);
        expect(shown.rounds).toEqual(node.rounds);
        expect(shown.accounts).toEqual(node.accounts);
        expect(shown.cells).toEqual(gameRows(node));
        const ms = await page.evaluate(() => document.body.dataset.elapsedMs);
        const worker = await page.evaluate(() => document.body.dataset.computeMs);
        console.log(`decay teams: round ${round + 1}: Play round → chart drawn ${ms} ms (of which the worker ${worker} ms)`);
      }
      // The teams really chose differently: their cells differ within a round.
      const last = (await pageNumbers(page)).cells[2]!;
      expect(new Set(last.slice(3).map((c) => c.split(' · ')[0])).size).toBeGreaterThan(1);
      expect(page.url()).toContain('played=1020.1201');

      // The link holds the game: a new page opened from it shows the same numbers.
      const again = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      again.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      await again.goto(page.url());
      await drawnRounds(again, 2);
      expect(await pageNumbers(again)).toEqual(await pageNumbers(page));
      // A round with one team still to pick cannot be played; the status says which team.
      await again.locator('#g-team-0-2').check();
      expect(await again.locator('#g-play').isDisabled()).toBe(true);
      expect(await again.locator('#g-status').textContent()).toContain('teams 2, 3, 4');
      expect(again.url()).toContain('next=2---');
      // Fits a 1366-wide screen: nothing scrolls sideways.
      expect(await again.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
      await again.close();
      await page.close();
    } finally {
      await browser.close();
    }
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  }, 240_000);
});
