/**
 * Every built-in scenario's report.html, opened in headless Chromium (Debian's, through the
 * harness in tests/helpers/chromium.ts): every chart renders as an SVG showing its axis titles,
 * the console logs no error, and the page makes no network request. Reports are generated once,
 * in-process, with small worlds. Under CI a missing Chromium fails these tests; locally they skip
 * with the reason printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSkipReason, checkReport } from '../helpers/chromium.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { getScorer } from '../../src/metrics/registry.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { runScenario } from '../../src/pipeline/run-scenario.js';
import { runFiles } from '../../src/pipeline/run-outputs.js';
import { SCENARIOS } from '../../src/scenarios/registry.js';
import type { Scenario } from '../../src/scenarios/scenario.js';

const SMALL = { agents: 300, ticks: 8 };
const skip = browserSkipReason();
if (skip) console.warn(skip);

let tmp: string;
const reports = new Map<string, { file: string; charts: number }>();

/** Build a scenario's report files in memory (standard pipeline, or the scenario's own experiment). */
async function reportFiles(sc: Scenario): Promise<ReadonlyMap<string, string | Uint8Array>> {
  if (sc.experiment) {
    // An experiment compares several runs over its own time line: small population, its own ticks.
    return (
      await sc.experiment(sc, { seeds: [1], agents: SMALL.agents, command: `goodhart run ${sc.id} --seed 1 --agents ${SMALL.agents}` })
    ).files;
  }
  const command = `goodhart run ${sc.id} --seed 1 --agents ${SMALL.agents} --ticks ${SMALL.ticks}`;
  const plan = makePlan(sc, sc.scorers.map(getScorer));
  const run = runScenario(plan, [resolveRunConfig(sc, { seed: 1, ...SMALL })]);
  return (await runFiles(run, { command, render: false })).files;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'goodhart-reports-'));
  for (const sc of SCENARIOS) {
    const files = await reportFiles(sc);
    const dir = join(tmp, sc.id);
    mkdirSync(dir, { recursive: true });
    const html = files.get('report.html');
    if (typeof html !== 'string') throw new Error(`${sc.id}: no report.html`);
    writeFileSync(join(dir, 'report.html'), html);
    reports.set(sc.id, { file: join(dir, 'report.html'), charts: [...files.keys()].filter((f) => f.endsWith('.vl.json')).length });
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('scenario reports in headless Chromium', () => {
  it('covers every built-in scenario', () => {
    expect([...reports.keys()]).toEqual(SCENARIOS.map((s) => s.id));
  });

  it.skipIf(skip !== null).each(SCENARIOS.map((s) => s.id))(
    '%s: every chart drawn with its axis titles, no console error, no network request',
    async (id) => {
      const { file, charts } = reports.get(id)!;
      const check = await checkReport(file);
      expect(check.consoleErrors).toEqual([]);
      expect(check.externalRequests).toEqual([]);
      expect(check.charts.length).toBeGreaterThanOrEqual(Math.min(charts, 4));
      if (charts > 0) expect(check.charts).toHaveLength(charts);
      for (const c of check.charts) {
        expect(c.hasSvg, `chart ${c.index} of ${id} has no <svg>`).toBe(true);
        expect(c.titles.length, `chart ${c.index} of ${id} has no axis titles`).toBeGreaterThan(0);
        expect(c.missingTitles, `chart ${c.index} of ${id}`).toEqual([]);
      }
    },
  );
});
