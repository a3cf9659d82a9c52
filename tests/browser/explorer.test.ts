/**
 * The explorer page as a class gets it: `goodhart explore` writes explorer.html, which opens from
 * file:// in headless Chromium, computes in its Web Worker, and shows the same scores, truth and
 * Spearman as `goodhart run` with the same seed and settings. Moving the gamer-share and budget
 * controls and choosing another scorer changes the charts and counters; a bad formula, an
 * impossible budget and a broken URL are refused with a message; no console error, no network
 * request. Prints the time from a change to drawn charts for 2,000 and 5,000 accounts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { goodhart } from '../helpers/cli.js';
import { browserSkipReason, CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.js';

const dir = mkdtempSync(join(tmpdir(), 'goodhart-explorer-'));
const skip = browserSkipReason();
let browser: Browser | undefined;
let url = '';
const consoleErrors: string[] = [];
const external: string[] = [];

/** The CLI's settings and the page's URL for them (the same run). */
const SETTINGS = ['roles.gamer=0.05', 'attacks.bought-followers.budgetPer1000=800'];
const HASH = `#scenario=attention-vs-influence&seed=3&agents=300&ticks=5&scorer=pagerank&${SETTINGS.join('&')}`;

async function open(hash: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await browser!.newPage({ viewport });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  page.setDefaultTimeout(120_000);
  await page.goto(url + hash);
  await drawn(page, 0);
  return page;
}

/** Wait until the newest request (later than `after`) is drawn and the playback reached the last snapshot. */
async function drawn(page: Page, after: number): Promise<number> {
  await page.waitForFunction(
    (n) => {
      const d = document.body.dataset;
      return Number(d.request) > n && d.drawn === d.request && d.frame === String(Number(d.frames) - 1);
    },
    after,
    { timeout: 120_000 },
  );
  return page.evaluate(() => Number(document.body.dataset.request));
}

/** Type `value` into the number box of control `key` (as a user does: type, then leave the box). */
async function setControl(page: Page, key: string, value: string): Promise<void> {
  const box = page.locator(`.control[data-key="${key}"] input[type=number]`);
  await box.fill(value);
  await box.dispatchEvent('change');
}

const text = (page: Page, id: string) =>
  page
    .locator(`#${id}`)
    .textContent()
    .then((t) => t ?? '');
const scatterSvg = (page: Page) => page.locator('#scatter svg').innerHTML();

beforeAll(() => {
  if (skip) return;
  const t0 = Date.now();
  const r = goodhart(['explore', '--out', join(dir, 'page')]);
  expect(r.code, r.stderr).toBe(0);
  url = pathToFileURL(join(dir, 'page', 'explorer.html')).href;
  const sets = SETTINGS.flatMap((s) => ['--set', s]);
  const run = goodhart([
    'run',
    'attention-vs-influence',
    '--seed',
    '3',
    '--agents',
    '300',
    '--ticks',
    '5',
    '--scorers',
    'pagerank',
    ...sets,
    '--out',
    join(dir, 'run'),
    '-q',
  ]);
  expect(run.code, run.stderr).toBe(0);
  console.log(`explorer: goodhart explore + goodhart run took ${Date.now() - t0} ms`);
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skip !== null)('explorer.html', () => {
  let page: Page;
  let request = 1;
  it('gives the CLI numbers for the same seed and settings', async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
    page = await open(HASH);
    // 1. The same numbers as `goodhart run` with the same seed and settings.
    const cliScores = readFileSync(join(dir, 'run', 'scores.csv'), 'utf8');
    expect(await page.locator('#scores-csv').inputValue()).toBe(cliScores);
    // Truth byte for byte too: the run path computes log/exp/pow with src/portable-math.ts, not
    // the engine's Math (Chromium's V8 and Node's differ in the last bit of Math.log and the like).
    expect(await page.locator('#truth-csv').inputValue()).toBe(readFileSync(join(dir, 'run', 'truth.csv'), 'utf8'));
    const drift = readFileSync(join(dir, 'run', 'drift.csv'), 'utf8').split('\n');
    const tick = await text(page, 'card-tick');
    const rho = drift
      .find((l) => l.startsWith(`attention-vs-influence,3,${tick.split(':')[1]!.trim()},pagerank,spearman,`))!
      .split(',')[5]!;
    expect(await page.evaluate(() => document.body.dataset.spearman)).toBe(String(Number(rho)));
    const ceiling = drift.find((l) => l.includes(',truth-noise-ceiling,spearman,'))!.split(',')[5]!;
    expect(await page.evaluate(() => document.body.dataset.noiseCeiling)).toBe(String(Number(ceiling)));
    console.log(`explorer: Spearman page ${await page.evaluate(() => document.body.dataset.spearman)}, CLI ${rho}`);
    expect(await page.locator('#top-score tbody tr').count()).toBe(10);
    expect(await page.locator('#top-truth tbody tr').count()).toBe(10);
  });

  it('opens the network picture to the keyboard: Tab and the arrow keys read out the top accounts', async () => {
    const details = () => text(page, 'net-details');
    const account = () => page.locator('#net-details').getAttribute('data-account');
    const row = (table: string, k: number) => page.locator(`#${table} tbody tr`).nth(k).locator('td').nth(1).textContent();
    // Tab from the last playback button lands on the score picture, then on the truth picture.
    await page.locator('#reset').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('net-score');
    await expect.poll(details).toContain('Top by score, 1 of 20: account');
    expect(await account()).toBe(await row('top-score', 0));
    await page.keyboard.press('ArrowRight');
    await expect.poll(details).toContain('Top by score, 2 of 20');
    expect(await account()).toBe(await row('top-score', 1));
    await page.keyboard.press('End');
    await expect.poll(details).toContain('Top by score, 20 of 20');
    await page.keyboard.press('ArrowRight'); // stays on the last
    await expect.poll(details).toContain('Top by score, 20 of 20');
    await page.keyboard.press('Home');
    await expect.poll(details).toContain('Top by score, 1 of 20');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('net-truth');
    await expect.poll(details).toContain('Top by true influence, 1 of 20');
    expect(await account()).toBe(await row('top-truth', 0));
    expect(await details()).toMatch(/truth [^;]+ \(rank 1\)$/);
    await page.keyboard.press('ArrowDown');
    expect(await account()).toBe(await row('top-truth', 1));
    expect(await page.locator('#net-details').getAttribute('aria-live')).toBe('polite');
  });

  it('redraws the charts and counters when the gamer share, a budget and the scorer change', async () => {
    // 2. Each control changes the views: gamer share, a budget, the scorer.
    let before = { cards: await text(page, 'cards'), svg: await scatterSvg(page), csv: await page.locator('#scores-csv').inputValue() };
    const changes: [string, string][] = [
      ['roles.gamer', '0.12'],
      ['attacks.bought-followers.budgetPer1000', '3000'],
    ];
    for (const [key, value] of changes) {
      await setControl(page, key, value);
      request = await drawn(page, request);
      const after = { cards: await text(page, 'cards'), svg: await scatterSvg(page), csv: await page.locator('#scores-csv').inputValue() };
      expect(after.csv, key).not.toBe(before.csv);
      console.log(`explorer: ${key}: scatter ${before.svg.length} → ${after.svg.length} chars; ${await text(page, 'card-accounts')}`);
      expect(after.svg, key).not.toBe(before.svg);
      expect(page.url(), key).toContain(`${encodeURIComponent(key).replace(/%2E/g, '.')}=${value}`);
      before = after;
    }
    const gamersBefore = await text(page, 'card-gamers');
    await page.locator('#c-scorer').selectOption('follower-count');
    request = await drawn(page, request);
    expect(await text(page, 'cap-score')).toContain('follower-count');
    expect(await scatterSvg(page)).not.toBe(before.svg);
    expect(await text(page, 'card-gamers')).not.toBe(gamersBefore); // pagerank vs follower counts of bought followers
    expect(await page.locator('#scores-csv').inputValue()).toContain(',follower-count,');
  });

  it('refuses a bad formula and impossible settings beside their control, keeping the last good views', async () => {
    // 3. Bad input: a bad formula and an impossible budget are refused beside their control; the views stay.
    const kept = await page.locator('#scores-csv').inputValue();
    await page.locator('#formula').fill('followers +');
    await page.locator('#formula-apply').click();
    await expect.poll(() => text(page, 'formula-err')).toContain('syntax error');
    await page.locator('#formula').fill('no_such_feature * 2');
    await page.locator('#formula-apply').click();
    await expect.poll(() => text(page, 'formula-err')).toContain('no_such_feature');
    await setControl(page, 'attacks.bought-followers.budgetPer1000', '1000000');
    await expect.poll(() => text(page, 'c-attacks_bought-followers_budgetPer1000-err')).toContain('at most about');
    await setControl(page, 'agents', '0');
    await expect.poll(() => text(page, 'c-agents-err')).toContain('from 1 to 10000');
    expect(await page.evaluate(() => document.body.dataset.request)).toBe(String(request)); // nothing was sent
    expect(await page.locator('#scores-csv').inputValue()).toBe(kept);
    // A good formula is used.
    await page.locator('#formula').fill('log10(1 + followers)');
    await page.locator('#formula-apply').click();
    request = await drawn(page, request);
    expect(await page.locator('#scores-csv').inputValue()).toContain('formula:log10(1 + followers)');
    expect(await text(page, 'formula-err')).toBe('');
    await page.close();
  });

  it('opens a link with broken state with the defaults and a notice; no console error, no network request', async () => {
    // 4. A URL with broken state falls back to the defaults with a notice.
    const broken = await open('#seed=abc&agents=0&scorer=nope&roles.gamer=7&bogus=1&ticks=3&agents=200');
    const notice = await text(broken, 'notices');
    for (const k of ['seed=abc', 'scorer=nope', 'roles.gamer=7', 'bogus']) expect(notice).toContain(k);
    expect(await text(broken, 'card-tick')).toBe('tick: 2'); // ticks=3 kept: ticks 0, 1, 2
    await broken.close();

    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('draws a change on 2,000 and 5,000 accounts (prints the time)', async () => {
    // The scenario's default 30 ticks; the change for 2,000 accounts is a new seed, then the world grows to 5,000.
    const page = await open('#agents=2000');
    const steps: [string, string, number][] = [
      ['seed', '2', 2000],
      ['agents', '5000', 5000],
    ];
    let request = 1;
    for (const [key, value, agents] of steps) {
      await setControl(page, key, value);
      request = await drawn(page, request);
      const ms = await page.evaluate(() => Number(document.body.dataset.elapsedMs));
      const compute = await page.evaluate(() => Number(document.body.dataset.computeMs));
      console.log(`explorer: ${agents} real accounts, 30 ticks: change → charts drawn ${ms} ms (of which the worker ${compute} ms)`);
      expect(ms).toBeGreaterThan(0);
    }
    await page.close();
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});
