/**
 * `goodhart calibrate` (src/pipeline/calibration.ts): each statistic hand-computed on a tiny graph,
 * then every target on a small calibrated world (2,000 agents, seeds 1–2, 30 ticks), and the default
 * world shown to miss the targets the preset exists for, so a preset that stopped doing its job fails.
 * Checked by mutation: with `influence.beta` at the default 0.25 in the preset, cascade-zero fails;
 * with `activity.lurkerPosts` at 0.03, silent-share fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveRunConfig, type RunConfig } from '../../src/engine/config.js';
import { getPreset } from '../../src/engine/presets.js';
import { applySettings } from '../../src/engine/settings.js';
import { followGraphFromEdges } from '../../src/model/follow-graph.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { CALIBRATION_TARGETS, calibrate, calibrationTable, type CalibrationRow } from '../../src/pipeline/calibration.js';
import { averageClustering, powerLawAlpha, reciprocity, silentShare, tailAlpha } from '../../src/pipeline/calibration-stats.js';

describe('calibration statistics (hand-computed)', () => {
  // 0↔1, 1→2, 2→0, 3→0: 5 edges, 1 reciprocal pair of 4 linked pairs.
  const g = followGraphFromEdges(4, [0, 1, 1, 2, 3], [1, 0, 2, 0, 0]);
  const real = Uint8Array.from([1, 1, 1, 1]);
  it("reciprocity in Kwak et al.'s definition and per edge", () => {
    const r = reciprocity(g, real);
    expect(r.pairs).toBeCloseTo(1 / 4, 12);
    expect(r.edges).toBeCloseTo(2 / 5, 12);
    expect(r.edges).toBeCloseTo((2 * r.pairs) / (1 + r.pairs), 12);
    // Leaving account 3 out leaves 1 reciprocal pair of 3.
    expect(reciprocity(g, Uint8Array.from([1, 1, 1, 0])).pairs).toBeCloseTo(1 / 3, 12);
  });
  it('average local clustering of the undirected graph', () => {
    // Undirected: triangle 0-1-2 plus 0-3. C0 = 1/3 (neighbours 1, 2, 3: one link), C1 = C2 = 1, C3 = 0.
    expect(averageClustering(g, real)).toBeCloseTo((1 / 3 + 1 + 1 + 0) / 4, 12);
  });
  it('the discrete power-law MLE of Clauset et al. (2009), eq. 3.7', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 40];
    const sum = xs.filter((x) => x >= 2).reduce((s, x) => s + Math.log(x / 1.5), 0);
    expect(powerLawAlpha(xs, 2)).toBeCloseTo(1 + 11 / sum, 12);
    expect(powerLawAlpha([5, 6], 1)).toBeNaN();
    // A heavier tail has a smaller exponent.
    const pareto = (a: number) => Array.from({ length: 5000 }, (_, i) => Math.floor((1 - (i + 0.5) / 5000) ** (-1 / (a - 1))));
    expect(tailAlpha(pareto(2.2), 0.5)).toBeLessThan(tailAlpha(pareto(3.5), 0.5));
  });
  it('silent share counts real people without a post', () => {
    expect(silentShare([0, 0, 2], Uint8Array.from([1, 1, 1, 0]))).toBeCloseTo(1 / 3, 12);
  });
});

function configs(settings: Record<string, unknown>): RunConfig[] {
  return [1, 2].map((seed) => resolveRunConfig(getScenario('baseline'), applySettings({ seed, agents: 2000 }, settings)));
}

describe('the calibrated preset on a 2,000-agent world (seeds 1-2)', () => {
  let rows: CalibrationRow[];
  beforeAll(() => {
    rows = calibrate(configs(getPreset('calibrated').settings));
  });
  it.each(CALIBRATION_TARGETS.map((t) => t.id))('%s passes', (id) => {
    const r = rows.find((x) => x.target.id === id)!;
    expect(r.value.n).toBe(2);
    expect(r.pass, `${id}: ${r.value.mean}`).toBe(true);
    if (r.target.share) expect(r.value.lo >= 0 && r.value.hi <= 1).toBe(true);
  });
  it('prints every target with its source and the count passed', () => {
    const t = calibrationTable(rows);
    for (const x of CALIBRATION_TARGETS) expect(t).toContain(x.source);
    expect(t).toContain(`${CALIBRATION_TARGETS.length} of ${CALIBRATION_TARGETS.length} targets pass`);
  });
});

describe('the default world misses what the preset fixes', () => {
  it('participation and cascades fail without the preset', () => {
    const rows = calibrate(configs({ 'world.agents': 800 }));
    const pass = (id: string) => rows.find((r) => r.target.id === id)!.pass;
    expect(pass('silent-share')).toBe(false);
    expect(pass('cascade-zero')).toBe(false);
    expect(pass('reciprocity-pairs')).toBe(true);
  });
});

describe('seeded and reproducible', () => {
  it('the same configs give the same table', () => {
    const small = (seed: number) =>
      resolveRunConfig(getScenario('baseline'), applySettings({ seed, agents: 300, ticks: 5 }, getPreset('calibrated').settings));
    const a = calibrationTable(calibrate([small(3), small(4)]));
    expect(calibrationTable(calibrate([small(4), small(3)]))).toBe(a);
  });
});
