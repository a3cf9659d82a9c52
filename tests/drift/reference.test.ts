/**
 * Reference values from scipy (scripts/make_drift_reference.py → tests/fixtures/drift/reference.json),
 * on fixed vectors, most with ties. These are external truths, not snapshots.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aucFromSamples } from '../../src/drift/auc-honest-gamer.js';
import { kendallTauB } from '../../src/drift/kendall-tau-b.js';
import { spearman } from '../../src/stats/spearman.js';
import { weightedTau } from '../../src/drift/weighted-tau.js';
import { meanInterval } from '../../src/stats/interval.js';
import { studentTQuantile } from '../../src/stats/student-t.js';

interface Case {
  name: string;
  x: number[];
  y: number[];
  spearman: number;
  kendallTauB: number;
  weightedTau: number;
}
interface Ref {
  cases: Case[];
  auc: { name: string; positive: number[]; negative: number[]; auc: number }[];
  tQuantiles: { df: number; q975: number }[];
  intervals: { values: number[]; mean: number; lo: number; hi: number }[];
}
const ref = JSON.parse(readFileSync(new URL('../fixtures/drift/reference.json', import.meta.url), 'utf8')) as Ref;

describe('drift measures match scipy on fixed vectors with ties', () => {
  it('has cases with ties in both vectors', () => {
    const withTies = ref.cases.filter((c) => new Set(c.x).size < c.x.length && new Set(c.y).size < c.y.length);
    expect(withTies.length).toBeGreaterThanOrEqual(6);
  });
  describe.each(ref.cases)('$name', (c) => {
    it('spearman = scipy.stats.spearmanr', () => expect(spearman(c.x, c.y)).toBeCloseTo(c.spearman, 12));
    it('kendall τ-b = scipy.stats.kendalltau', () => expect(kendallTauB(c.x, c.y)).toBeCloseTo(c.kendallTauB, 12));
    it('weighted τ = scipy.stats.weightedtau', () => expect(weightedTau(c.x, c.y)).toBeCloseTo(c.weightedTau, 12));
  });
  it.each(ref.auc)('AUC = Mann–Whitney U / (n1 n0) ($name)', (c) => {
    expect(aucFromSamples(c.positive, c.negative)).toBeCloseTo(c.auc, 12);
  });
  it.each(ref.tQuantiles)('t quantile 0.975 with df=$df = scipy.stats.t.ppf', ({ df, q975 }) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(q975, 8);
  });
  it.each(ref.intervals)('95% t-interval = scipy.stats.t.interval', (c) => {
    const s = meanInterval(c.values);
    expect(s.mean).toBeCloseTo(c.mean, 12);
    expect(s.lo).toBeCloseTo(c.lo, 9);
    expect(s.hi).toBeCloseTo(c.hi, 9);
  });
});
