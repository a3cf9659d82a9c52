/**
 * Issue 19.3: what a person opens does not grow with the world. One `goodhart run` of 50,000
 * accounts, typed as a user types it (algorithm-change: it draws every chart kind of a run —
 * score-vs-truth, drift over ticks, top-k composition, budget sweep, rank churn — and has a focus
 * account), 2 ticks to keep it cheap:
 *   - report.html is at most 5 MB and charts/ at most 15 MB;
 *   - every score-vs-truth chart is a density plot (binned rects plus highlighted points, the
 *     nephew among them) whose caption says how many accounts were binned;
 *   - the per-account tables are written as CSV and Parquet, and the report links them;
 *   - every chart of the report renders in headless Chromium with its axis titles, no console
 *     error and no network request.
 * Sizes are checked everywhere; the browser part skips locally without Chromium (never under CI).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goodhart } from '../helpers/cli.js';
import { browserSkipReason, checkReport } from '../helpers/chromium.js';
import { DENSITY_GAMER_CAP, DENSITY_TOP } from '../../src/charts/score-vs-truth-density.js';

const AGENTS = 50_000;
const MB = 1024 * 1024;
const skip = browserSkipReason();
if (skip) console.warn(`[browser tests] ${skip}`);

let tmp: string;
let out: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'goodhart-large-'));
  out = join(tmp, 'run');
  const r = goodhart(['run', 'algorithm-change', '--agents', String(AGENTS), '--ticks', '2', '--seed', '1', '--out', out, '--quiet']);
  expect(r.code, r.stderr).toBe(0);
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe(`a run of ${AGENTS.toLocaleString('en-US')} accounts`, () => {
  it('writes a report of at most 5 MB and charts of at most 15 MB in all', () => {
    expect(statSync(join(out, 'report.html')).size).toBeLessThanOrEqual(5 * MB);
    const charts = readdirSync(join(out, 'charts'));
    expect(charts.reduce((s, f) => s + statSync(join(out, 'charts', f)).size, 0)).toBeLessThanOrEqual(15 * MB);
    // Every chart kind of a run is there.
    for (const kind of ['score-vs-truth-', 'drift-', 'top-k-composition', 'budget-', 'rank-churn-'])
      expect(
        charts.some((f) => f.startsWith(kind) && f.endsWith('.vl.json')),
        kind,
      ).toBe(true);
  });

  it('draws score vs truth as density plots, with the top accounts and the nephew as points, and says so', () => {
    const scatters = readdirSync(join(out, 'charts')).filter((f) => f.startsWith('score-vs-truth-') && f.endsWith('.vl.json'));
    expect(scatters.length).toBeGreaterThanOrEqual(1);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { focus: Record<string, number[]> };
    const nephew = manifest.focus.nephew!;
    for (const f of scatters) {
      const spec = JSON.parse(readFileSync(join(out, 'charts', f), 'utf8')) as {
        layer: { mark: { type: string }; data: { values: { count?: number; agent?: number; why?: string }[] } }[];
      };
      const [bins, points] = spec.layer;
      expect(bins!.mark.type).toBe('rect');
      expect(bins!.data.values.reduce((s, b) => s + b.count!, 0)).toBe(AGENTS);
      expect(points!.mark.type).toBe('point');
      expect(points!.data.values.length).toBeLessThanOrEqual(DENSITY_TOP + DENSITY_GAMER_CAP + nephew.length);
      expect(points!.data.values.filter((p) => p.why === `top ${DENSITY_TOP}`).length).toBeGreaterThan(0);
      for (const id of nephew) expect(points!.data.values.some((p) => p.agent === id)).toBe(true);
    }
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain(`${AGENTS.toLocaleString('en-US')} accounts at the final tick (seed 1), too many to draw one by one`);
    expect(html).toContain(`the top ${DENSITY_TOP} by`);
  });

  it('writes the per-account tables as CSV and Parquet, and the report links both', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const t of ['agents', 'scores', 'truth']) {
      expect(statSync(join(out, `${t}.parquet`)).size).toBeGreaterThan(0);
      // Parquet: typed and compressed, far smaller than the CSV.
      expect(statSync(join(out, `${t}.parquet`)).size).toBeLessThan(statSync(join(out, `${t}.csv`)).size);
      expect(html).toContain(`<a href="${t}.csv">`);
      expect(html).toContain(`<a href="${t}.parquet">`);
    }
  });

  it.skipIf(skip !== null)(
    'renders every chart of its report in headless Chromium',
    async () => {
      const charts = readdirSync(join(out, 'charts')).filter((f) => f.endsWith('.vl.json')).length;
      const check = await checkReport(join(out, 'report.html'), { timeoutMs: 60_000 });
      expect(check.consoleErrors).toEqual([]);
      expect(check.externalRequests).toEqual([]);
      expect(check.charts).toHaveLength(charts);
      for (const c of check.charts) {
        expect(c.hasSvg, `chart ${c.index} has an <svg>`).toBe(true);
        expect(c.marks, `chart ${c.index} draws marks`).toBeGreaterThan(0);
        expect(c.missingTitles, `chart ${c.index} shows its axis titles`).toEqual([]);
      }
    },
    120_000,
  );
});
