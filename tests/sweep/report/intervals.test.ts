/**
 * The sweep report's intervals stay in each measure's range, by the run report's own methods
 * (src/stats/bounded-interval.ts): Wilson for top-k shares and claims, Fisher z for rank
 * correlations, a percentile bootstrap on a named stream for the other bounded measures. Per-seed
 * values at or near a bound get an interval inside the range where the Student-t interval the
 * report used to draw leaves it; the charts and the page name the method.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { SeedTree } from '../../../src/rng.js';
import { bootstrapMeanInterval, fisherZOverSeeds, wilsonOverSeeds } from '../../../src/stats/bounded-interval.js';
import { meanInterval } from '../../../src/stats/interval.js';
import { streams } from '../../../src/streams.js';
import { measureInterval, summarise } from '../../../src/sweep/report/aggregate.js';
import { measureLineChart } from '../../../src/sweep/report/charts-lines.js';
import { measureScatterChart } from '../../../src/sweep/report/charts-scatter.js';
import { loadSweep, type SweepData } from '../../../src/sweep/report/load.js';
import { sweepReportInput } from '../../../src/sweep/report/page.js';
import { cleanupFixtures, lhsFixture, writeFixtureSweep } from './fixtures.js';

afterAll(cleanupFixtures);

const SEEDS = [1, 2, 3, 4];
/** Per-seed values at x = 1 of each measure (x = 2 adds nothing new): at or near a bound. */
const NEAR: Record<string, readonly number[]> = {
  'precision-at-k': [1, 1, 1, 1], // every seed all 10 slots right
  'gamer-share-at-k': [0, 0, 0, 0.1], // near 0
  spearman: [0.95, 0.99, 0.97, 0.999], // near 1
  'ndcg-at-k': [0.98, 1, 0.99, 1], // near 1
};
const MEASURES = Object.keys(NEAR);

/** A one-parameter sweep (x ∈ {1, 2}) whose values per seed are {@link NEAR}, and a claim that holds on every seed. */
async function nearBounds(): Promise<SweepData> {
  const dir = writeFixtureSweep({
    scenario: 'baseline',
    grid: { x: [1, 2] },
    seeds: SEEDS,
    scorers: ['follower-count'],
    measures: MEASURES,
    claims: ['always'],
    value: (_p, seed, _s, measure) => NEAR[measure]![SEEDS.indexOf(seed)]!,
    claim: () => true,
  });
  return loadSweep(dir);
}

describe('sweep report intervals stay in the measure range', () => {
  it('each measure gets the run report method: Wilson, Fisher z, bootstrap; claims Wilson over seeds', async () => {
    const data = await nearBounds();
    expect(MEASURES.map((m) => measureInterval(data, m))).toEqual([
      { method: 'wilson', slots: 10 },
      { method: 'wilson', slots: 10 },
      { method: 'fisher-z', slots: 10 },
      { method: 'bootstrap', slots: 10 },
    ]);
    expect(measureInterval(data, 'claim:always')).toEqual({ method: 'wilson', slots: 1 });
    expect(measureInterval(data, 'not-a-measure').method).toBe('student-t');
  });

  it('values at or near a bound: every interval inside [0, 1] (or [-1, 1]) where the t interval is not', async () => {
    const data = await nearBounds();
    for (const measure of [...MEASURES, 'claim:always']) {
      const scorer = measure.startsWith('claim:') ? '' : 'follower-count';
      const g = summarise(data, [0], scorer, measure)[0]!;
      const values = measure.startsWith('claim:') ? [1, 1, 1, 1] : NEAR[measure]!;
      const t = meanInterval(values);
      expect(g.summary.n, measure).toBe(4);
      expect(g.summary.mean, measure).toBeCloseTo(t.mean, 12);
      expect(g.summary.lo, measure).toBeGreaterThanOrEqual(measure === 'spearman' ? -1 : 0);
      expect(g.summary.hi, measure).toBeLessThanOrEqual(1);
      expect(g.summary.lo, measure).toBeLessThanOrEqual(g.summary.mean);
      expect(g.summary.hi, measure).toBeGreaterThanOrEqual(g.summary.mean);
      // The t interval leaves the range, or (every seed the same) has no width at all.
      expect(t.lo < 0 || t.hi > 1 || t.hi - t.lo === 0, measure).toBe(true);
    }
  });

  it('every seed at 1.0: Wilson gives the binomial interval of the n·k slots, not a zero-width bar', async () => {
    const data = await nearBounds();
    const g = summarise(data, [0], 'follower-count', 'precision-at-k')[0]!;
    expect(g.summary.hi).toBe(1);
    expect(g.summary.lo).toBeGreaterThan(0.75);
    expect(g.summary.lo).toBeLessThan(1);
    expect(g.summary).toEqual(wilsonOverSeeds([1, 1, 1, 1], 10));
    const claim = summarise(data, [0], '', 'claim:always')[0]!;
    expect(claim.summary).toEqual(wilsonOverSeeds([1, 1, 1, 1], 1));
    expect(claim.summary.lo).toBeLessThan(1);
  });

  it('Fisher z and the bootstrap are the run report code; the bootstrap draws from its named stream, the same bytes every time', async () => {
    const data = await nearBounds();
    const rho = summarise(data, [0], 'follower-count', 'spearman')[0]!;
    expect(rho.summary).toEqual(fisherZOverSeeds(NEAR.spearman!, () => new SeedTree(1).stream('unused')));
    const [a] = summarise(data, [0], 'follower-count', 'ndcg-at-k');
    const [b] = summarise(await nearBounds(), [0], 'follower-count', 'ndcg-at-k');
    expect(a!.summary).toEqual(b!.summary);
    const group = JSON.stringify(['ndcg-at-k', 'follower-count', ['x'], [1]]);
    const expected = bootstrapMeanInterval(NEAR['ndcg-at-k']!, new SeedTree(1).stream(streams.sweepIntervalBootstrap(group)));
    expect(a!.summary).toEqual(expected);
    expect(a!.summary.lo).toBeGreaterThanOrEqual(0.98);
    expect(a!.summary.hi).toBeLessThanOrEqual(1);
    expect(a!.method).toBe('bootstrap');
  });

  it('averaging over another parameter: Wilson counts k slots for each point averaged', async () => {
    const dir = writeFixtureSweep({
      scenario: 'baseline',
      grid: { x: [1, 2], y: [0, 1] },
      seeds: [1, 2, 3],
      scorers: ['s'],
      measures: ['gamer-share-at-k'],
      value: (p, seed) => (p.y === 0 ? 0 : 0.1 * seed),
    });
    const data = await loadSweep(dir);
    const g = summarise(data, [0], 's', 'gamer-share-at-k')[0]!;
    expect(g.points).toBe(2);
    expect(g.summary).toEqual(
      wilsonOverSeeds(
        [1, 2, 3].map((s) => (0 + 0.1 * s) / 2),
        20,
      ),
    );
    expect(g.summary.lo).toBeGreaterThanOrEqual(0);
  });

  it('the charts and the page name each measure method', async () => {
    const data = await nearBounds();
    const caption = (m: string) => measureLineChart(data, m, 0).caption;
    expect(caption('spearman')).toMatch(
      /bands are 95% Fisher z intervals over 4 seeds \(a correlation, averaged on the z scale, inside the measure's range\)/,
    );
    expect(caption('precision-at-k')).toMatch(/95% Wilson intervals over 4 seeds \(a share of the top 10 slots on each seed/);
    expect(caption('ndcg-at-k')).toMatch(/95% percentile bootstrap intervals over 4 seeds/);
    const rows = (
      measureLineChart(data, 'ndcg-at-k', 0).spec as unknown as { data: { values: { interval: string; lo: number; hi: number }[] } }
    ).data.values;
    expect(rows.every((r) => r.interval === 'percentile bootstrap' && r.lo >= 0 && r.hi <= 1)).toBe(true);
    const story = sweepReportInput(data).input.story;
    expect(story).toContain('spearman: Fisher z; ndcg-at-k: percentile bootstrap');
    expect(story).toContain("claims: Wilson over the seeds' outcomes");
    expect(story).not.toContain('Student-t');
    const lhs = await loadSweep(writeFixtureSweep(lhsFixture()));
    expect(measureScatterChart(lhs, lhs.measures[0]!).caption).toMatch(/bars are 95% (Wilson|Fisher z|percentile bootstrap) intervals/);
  });
});
