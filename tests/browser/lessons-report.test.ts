/**
 * The lessons report as a reader gets it: `goodhart lessons` writes report.html (plus every chart
 * as .vl.json/.svg/.png), and the page opens in headless Chromium with every picture drawn, no
 * console error and no network request. Under CI a missing Chromium fails this test.
 */
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodhart } from '../helpers/cli.js';
import { browserSkipReason, checkReport } from '../helpers/chromium.js';
import { LESSONS } from '../../src/lessons/registry.js';

const dir = mkdtempSync(join(tmpdir(), 'goodhart-lessons-'));
const out = join(dir, 'lessons');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('goodhart lessons', () => {
  it('writes the report, every chart file, facts and manifest; every point holds', () => {
    const r = goodhart(['lessons', '--all', '--out', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('report.html');
    for (const l of LESSONS) {
      for (const f of ['network.svg', 'network.png', 'network.vl.json', 'point.svg', 'point.png', 'point.vl.json']) {
        expect(existsSync(join(out, l.id, f)), `${l.id}/${f}`).toBe(true);
      }
      expect(readFileSync(join(out, l.id, 'network.svg'), 'utf8')).toContain('size = true influence');
    }
    const facts = JSON.parse(readFileSync(join(out, 'facts.json'), 'utf8')) as { lesson: string; holds: boolean }[];
    expect(facts.map((f) => f.lesson)).toEqual(LESSONS.map((l) => l.id));
    expect(facts.every((f) => f.holds)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { seed: number[]; outputs: string[] };
    expect(manifest.seed).toEqual(LESSONS.map((l) => l.seed));
    expect(manifest.outputs).toContain('report.html');
    // Every lesson's "explore it yourself" link opens explorer.html in the same folder: it is there and listed.
    expect(existsSync(join(out, 'explorer.html'))).toBe(true);
    expect(manifest.outputs).toContain('explorer.html');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect((html.match(/href="explorer\.html#[^"]*question=/g) ?? []).length).toBe(LESSONS.length);
  });

  it('bad input: unknown lesson and a bad seed exit non-zero with a clear message and write nothing', () => {
    const bad = goodhart(['lesson', 'no-such-lesson', '--out', join(dir, 'bad')]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('attention-is-not-influence');
    const seed = goodhart(['lesson', 'silent-majority', '--seed', '-3', '--out', join(dir, 'bad')]);
    expect(seed.code).not.toBe(0);
    expect(seed.stderr).toContain('--seed');
    expect(existsSync(join(dir, 'bad'))).toBe(false);
  });

  it.skipIf(browserSkipReason() !== null)(
    'report.html renders every picture in headless Chromium, no console error, no network',
    async () => {
      const check = await checkReport(join(out, 'report.html'), { timeoutMs: 60000 });
      expect(check.consoleErrors).toEqual([]);
      expect(check.externalRequests).toEqual([]);
      expect(check.charts.length).toBe(2 * LESSONS.length);
      for (const c of check.charts) {
        expect(c.hasSvg, `chart ${c.index}`).toBe(true);
        expect(c.missingTitles, `chart ${c.index}`).toEqual([]);
      }
    },
  );
});
