/** Tidy drift rows and the summary over seeds. */
import { describe, expect, it } from 'vitest';
import { ParameterError, UnknownNameError } from '../../src/errors.js';
import { Role } from '../../src/model/roles.js';
import { NOISE_CEILING, churnLabel, driftRows, type DriftFrame, type DriftRow } from '../../src/drift/tidy.js';
import { summariseOverSeeds } from '../../src/drift/summary.js';
import { TRUTH_MEASURES, VERSION_MEASURES } from '../../src/drift/registry.js';

const role = Uint8Array.from([Role.honest, Role.gamer, Role.honest, Role.bot, Role.broadcaster]);
const frame: DriftFrame = {
  scenario: 'tiny',
  seed: 7,
  tick: 3,
  role,
  truth: Float64Array.from([4, 1, 3, 0, 2]),
  scores: new Map([
    ['followers', Float64Array.from([1, 9, 2, 8, 7])],
    ['klout-like@v1', Float64Array.from([4, 2, 3, 1, 1])],
    ['klout-like@v2', Float64Array.from([3, 4, 2, 1, 1])],
  ]),
  truthReplicate: Float64Array.from([4, 1.1, 2.9, 0, 2.2]),
  versions: [{ from: 'klout-like@v1', to: 'klout-like@v2' }],
};

describe('driftRows', () => {
  it('emits one row per scorer × truth measure, the noise ceiling, and churn per version pair', () => {
    const rows = driftRows(frame, { k: 2 });
    expect(rows).toHaveLength(3 * TRUTH_MEASURES.length + TRUTH_MEASURES.length + VERSION_MEASURES.length);
    for (const r of rows) expect(r).toMatchObject({ scenario: 'tiny', seed: 7, tick: 3 });
    const scorers = [...new Set(rows.map((r) => r.scorer))];
    expect(scorers).toEqual(['followers', 'klout-like@v1', 'klout-like@v2', NOISE_CEILING, churnLabel('klout-like@v1', 'klout-like@v2')]);
    const rho = rows.find((r) => r.scorer === 'klout-like@v1' && r.measure === 'spearman');
    // Real people 0, 1, 2, 4 (3 is a bot): ranks [4,2,3,1] vs [4,1,3,2], Σd² = 2, ρ = 1 − 6·2/(4·15) = 0.8.
    expect(rho?.value).toBeCloseTo(0.8, 12);
  });
  it('computes only the chosen measures and rejects unknown ones', () => {
    const rows = driftRows(frame, { measures: ['spearman', 'top-k-turnover'] });
    expect(new Set(rows.map((r) => r.measure))).toEqual(new Set(['spearman', 'top-k-turnover']));
    expect(() => driftRows(frame, { measures: ['nope'] })).toThrow(UnknownNameError);
  });
  it('rejects a version pair naming a scorer not in the frame', () => {
    expect(() => driftRows({ ...frame, versions: [{ from: 'x', to: 'klout-like@v2' }] })).toThrow(ParameterError);
  });
});

describe('summariseOverSeeds', () => {
  it("gives the mean and the measure's 95% interval per cell (Fisher z for ρ), dropping NaN", () => {
    const rows: DriftRow[] = [0.5, 0.6, 0.7, NaN].map((value, seed) => ({
      scenario: 's',
      seed,
      tick: 0,
      scorer: 'a',
      measure: 'spearman',
      value,
    }));
    rows.push({ scenario: 's', seed: 0, tick: 1, scorer: 'a', measure: 'spearman', value: 0.2 });
    const [first, second] = summariseOverSeeds(rows);
    // tanh(mean atanh ρ ∓ t_{0.975, 2} · sd(atanh ρ)/√3), t = 4.302652729911275 (scipy.stats.t.ppf).
    expect(first).toMatchObject({ tick: 0, n: 3 });
    expect(first?.mean).toBeCloseTo(0.6, 12);
    expect(first?.lo).toBeCloseTo(0.29832746316751574, 9);
    expect(first?.hi).toBeCloseTo(0.8000747298103508, 9);
    expect(second).toMatchObject({ tick: 1, n: 1, mean: 0.2, lo: 0.2, hi: 0.2 });
  });
});
