/**
 * The goodhart-decay report as a user gets it: `goodhart run goodhart-decay` (small world, two
 * seeds, every intervention) writes the CSVs, the charts and report.html, whose first chart is
 * validity over time per intervention; the page opens in headless Chromium with every chart drawn
 * (SVG with its axis titles), no console error and no network request. Under CI a missing
 * Chromium fails this test.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERVENTIONS } from '../../src/dynamics/interventions.js';
import { browserSkipReason, checkReport } from '../helpers/chromium.js';
import { goodhart, type CliResult } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'goodhart-decay-'));
const out = join(dir, 'decay');
let run: CliResult;
beforeAll(() => {
  run = goodhart(['run', 'goodhart-decay', '--seeds', '1..2', '--agents', '200', '--ticks', '40', '--out', out, '--quiet']);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('goodhart run goodhart-decay', () => {
  it('writes the tables, the charts, the report and the manifest, and prints the findings', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Slows the decay most:');
    for (const f of [
      'decay.csv',
      'decay-summary.csv',
      'effects.csv',
      'dynamics-ticks.csv',
      'report.html',
      'manifest.json',
      'charts/validity-over-time.vl.json',
      'charts/validity-over-time.svg',
      'charts/validity-over-time.png',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const effects = readFileSync(join(out, 'effects.csv'), 'utf8').trim().split('\n');
    expect(effects.slice(1).map((l) => l.split(',')[0])).toEqual(INTERVENTIONS.map((i) => i.id));
    const spec = JSON.parse(readFileSync(join(out, 'charts/validity-over-time.vl.json'), 'utf8')) as {
      layer: { data?: { values?: { intervention: string }[] } }[];
    };
    const lines = new Set(spec.layer[1]!.data!.values!.map((v) => v.intervention));
    expect([...lines]).toEqual(INTERVENTIONS.map((i) => i.label));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { seed: number[]; command: string; outputs: string[] };
    expect(manifest.seed).toEqual([1, 2]);
    expect(manifest.command).toContain('goodhart run goodhart-decay');
    expect(manifest.outputs).toContain('report.html');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Validity of the deployed score, by intervention');
    expect(html).toContain('Slows the decay most:');
  });

  it.skipIf(browserSkipReason() !== null)(
    'report.html draws every chart in headless Chromium, with axis titles, no console error, no network',
    async () => {
      const check = await checkReport(join(out, 'report.html'), { timeoutMs: 60000 });
      expect(check.consoleErrors).toEqual([]);
      expect(check.externalRequests).toEqual([]);
      expect(check.charts.length).toBe(4);
      for (const c of check.charts) {
        expect(c.hasSvg, `chart ${c.index}`).toBe(true);
        expect(c.titles.length).toBeGreaterThanOrEqual(2);
        expect(c.missingTitles, `chart ${c.index}`).toEqual([]);
      }
      expect(check.charts[0]!.titles).toContain('Spearman ρ of deployed score with truth');
    },
    90_000,
  );
});
