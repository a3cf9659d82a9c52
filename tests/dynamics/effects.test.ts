/**
 * Summaries and effects by hand on made-up rows: decay per seed, the paired slowdown against the
 * baseline and its t-interval, and the findings sentences built from them (never hard-coded).
 */
import { describe, expect, it } from 'vitest';
import { findings, interventionEffects, slowsMeasurably, summariseDecay } from '../../src/dynamics/effects.js';
import { DEPLOYED, WORLD, type DecayRow } from '../../src/dynamics/run-dynamics.js';
import { ParameterError } from '../../src/errors.js';
import { studentTQuantile } from '../../src/stats/student-t.js';

/** Validity at ticks 4 and 9 per (intervention, seed), gaming 0.3 at the end, influence 100 → 110. */
function rows(values: Record<string, [number, number][]>): DecayRow[] {
  const out: DecayRow[] = [];
  for (const [intervention, perSeed] of Object.entries(values)) {
    perSeed.forEach(([start, end], s) => {
      const seed = s + 1;
      out.push({ intervention, seed, tick: 4, scorer: DEPLOYED, measure: 'spearman', value: start });
      out.push({ intervention, seed, tick: 9, scorer: DEPLOYED, measure: 'spearman', value: end });
      out.push({ intervention, seed, tick: 4, scorer: WORLD, measure: 'true-influence-total', value: 100 });
      out.push({ intervention, seed, tick: 9, scorer: WORLD, measure: 'true-influence-total', value: 110 });
      out.push({ intervention, seed, tick: 9, scorer: WORLD, measure: 'gaming-share', value: 0.3 });
      out.push({ intervention, seed, tick: 9, scorer: WORLD, measure: 'gaming-cost-total', value: 10 * seed });
    });
  }
  return out;
}

const DATA = {
  baseline: [
    [0.5, 0.2],
    [0.4, 0.2],
    [0.6, 0.3],
  ] as [number, number][], // decays 0.3, 0.2, 0.3
  penalty: [
    [0.5, 0.45],
    [0.4, 0.4],
    [0.6, 0.5],
  ] as [number, number][], // decays 0.05, 0, 0.1 → slowdowns 0.25, 0.2, 0.2
  'top-1pct': [
    [0.5, 0.1],
    [0.4, 0.2],
    [0.6, 0.4],
  ] as [number, number][], // decays 0.4, 0.2, 0.2 → slowdowns -0.1, 0, 0.1
};

describe('interventionEffects', () => {
  const effects = interventionEffects(rows(DATA), 4, 9);
  const byId = Object.fromEntries(effects.map((e) => [e.intervention, e]));

  it('decay = start − end per seed, averaged', () => {
    expect(byId.baseline!.decay.mean).toBeCloseTo((0.3 + 0.2 + 0.3) / 3, 12);
    expect(byId.baseline!.validityStart.mean).toBeCloseTo(0.5, 12);
    expect(byId.baseline!.slowdown).toBeNull();
    expect(byId.baseline!.influenceRatio.mean).toBeCloseTo(1.1, 12);
    expect(byId.baseline!.costEnd.mean).toBeCloseTo(20, 12);
  });

  it('slowdown is paired by seed with a Student-t interval', () => {
    const s = byId.penalty!.slowdown!;
    const diffs = [0.25, 0.2, 0.2];
    const mean = (0.25 + 0.2 + 0.2) / 3;
    const sd = Math.sqrt(diffs.reduce((a, d) => a + (d - mean) ** 2, 0) / 2);
    const half = studentTQuantile(0.975, 2) * (sd / Math.sqrt(3));
    expect(s.mean).toBeCloseTo(mean, 12);
    expect(s.lo).toBeCloseTo(mean - half, 12);
    expect(s.hi).toBeCloseTo(mean + half, 12);
    expect(slowsMeasurably(byId.penalty!)).toBe(true);
    expect(slowsMeasurably(byId['top-1pct']!)).toBe(false); // slowdowns -0.1, 0, 0.1
  });

  it('needs the baseline to compare with', () => {
    expect(() => interventionEffects(rows({ penalty: DATA.penalty }), 4, 9)).toThrow(ParameterError);
  });

  it('findings name the intervention that slows the decay most, with the computed numbers', () => {
    const text = findings(effects);
    const best = text.find((t) => t.startsWith('Slows the decay most'))!;
    expect(best).toContain('gaming penalised');
    expect(best).toContain(`${byId.penalty!.decay.mean.toFixed(2)} instead of ${byId.baseline!.decay.mean.toFixed(2)}`);
    expect(best).toContain(`${byId.penalty!.slowdown!.mean.toFixed(2)} less`);
    expect(best).toContain(
      `${Math.round((100 * byId.penalty!.slowdown!.mean) / byId.baseline!.decay.mean)}% of the baseline's decay avoided`,
    );
    expect(text[0]).toContain('a decay of 0.27');
  });
});

describe('summariseDecay', () => {
  it('groups over seeds per (intervention, tick, scorer, measure)', () => {
    const s = summariseDecay(rows({ baseline: DATA.baseline }));
    const end = s.find((r) => r.tick === 9 && r.scorer === DEPLOYED && r.measure === 'spearman')!;
    expect(end.n).toBe(3);
    expect(end.mean).toBeCloseTo((0.2 + 0.2 + 0.3) / 3, 12);
    expect(s).toHaveLength(6);
  });
});
