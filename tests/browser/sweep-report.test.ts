/**
 * sweep-report.html in headless Chromium, offline: every chart of fixture sweeps (a 2 × 3 grid × 3
 * seeds with a claim, LHS samples, a one-seed three-parameter grid) draws an SVG with marks and its
 * axis titles, with no console error and no network request. Under CI a missing Chromium fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSweepReport } from '../../src/sweep/report/index.js';
import { browserSkipReason, checkReport } from '../helpers/chromium.js';
import {
  cleanupFixtures,
  gridFixture,
  lhsFixture,
  threeParamOneSeedFixture,
  writeFixtureSweep,
  type FixtureSpec,
} from '../sweep/report/fixtures.js';

const skipReason = browserSkipReason();
if (skipReason) console.warn(`[browser tests] ${skipReason}`);
afterAll(cleanupFixtures);

describe('sweep-report.html in headless Chromium', () => {
  it.skipIf(skipReason !== null).each([
    ['2 × 3 grid × 3 seeds', gridFixture, 7],
    ['LHS samples', lhsFixture, 2],
    ['three parameters, one seed', threeParamOneSeedFixture, 9],
  ] as [string, () => FixtureSpec, number][])(
    '%s: every chart draws marks and axis titles, offline, without errors',
    async (_, fixture, expected) => {
      const dir = writeFixtureSweep(fixture());
      await writeSweepReport(dir);
      const file = join(dir, 'sweep-report.html');
      const result = await checkReport(file);
      expect(result.consoleErrors).toEqual([]);
      expect(result.externalRequests).toEqual([]);
      expect(result.charts).toHaveLength(expected);
      for (const c of result.charts) {
        expect(c.hasSvg, `chart ${c.index} has an <svg>`).toBe(true);
        expect(c.marks, `chart ${c.index} draws marks`).toBeGreaterThan(0);
        expect(c.missingTitles, `chart ${c.index} shows its axis titles`).toEqual([]);
      }
      // every chart is preceded by its caption paragraph
      const html = readFileSync(file, 'utf8');
      const figures = html.split('<figure>').slice(1).length;
      const captioned = html.match(/<\/h2>\n<p>[^<]{40,}<\/p>\n<figure>/g) ?? [];
      expect(captioned).toHaveLength(figures);
    },
    180_000,
  );
});
