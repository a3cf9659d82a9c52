/**
 * `goodhart calibrate`: simulate worlds over several seeds and compare each statistic in
 * src/pipeline/calibration-stats.ts with a published measurement of a real network, with the
 * definition that source uses, a 95% interval over seeds and a stated pass band.
 *
 *   configs (one per seed) ─▶ simulate ─▶ final snapshot: graph, post log, hidden layer
 *        ─▶ statistics per seed ─▶ interval over seeds ─▶ pass when the mean is in the band
 *
 * The interval of a share is the seeded percentile bootstrap of src/stats/bounded-interval.ts (stream
 * `calibration:<target>` of the smallest seed); of a tail exponent, the Student-t interval. A
 * target passes when its mean over seeds lies in its band; the interval says how sure that is.
 * Sources and bands: docs/model.md § Calibration, which says which numbers could not be checked.
 */
import type { RunConfig } from '../engine/config.js';
import { simulate } from '../engine/simulate.js';
import { SeedTree } from '../rng.js';
import { bootstrapMeanInterval } from '../stats/bounded-interval.js';
import { meanInterval, type MeanInterval } from '../stats/interval.js';
import { streams } from '../streams.js';
import { averageClustering, cascadeSizes, realDegrees, reciprocity, silentShare, tailAlpha } from './calibration-stats.js';

/** Messages sampled per seed for the cascade statistics. */
export const CASCADE_SAMPLES = 4000;

/** One calibration target. */
export interface CalibrationTarget {
  readonly id: string;
  /** What is measured, with its definition. */
  readonly name: string;
  /** The source and the definition it uses. */
  readonly source: string;
  /** The published value or range, as text. */
  readonly target: string;
  /** Pass band [lo, hi] of the mean over seeds. */
  readonly band: readonly [number, number];
  /** Why this band (the tolerance). */
  readonly tolerance: string;
  /** True for a share in [0, 1] (bootstrap interval); false for an exponent (t-interval). */
  readonly share: boolean;
}

/** The targets, in print order. */
export const CALIBRATION_TARGETS: readonly CalibrationTarget[] = [
  {
    id: 'reciprocity-pairs',
    name: 'reciprocity r: reciprocal pairs / linked pairs',
    source: 'Kwak, Lee, Park & Moon 2010 (WWW), §3: 22.1% of linked user pairs are reciprocal',
    target: '0.221',
    band: [0.191, 0.251],
    tolerance: '±0.03: Myers et al. 2014 (WWW companion) find more reciprocity in the 2012 graph; one crawl is not a law',
    share: true,
  },
  {
    id: 'reciprocity-edges',
    name: 'returned edges / edges = 2r/(1+r)',
    source: 'the same r in the per-edge definition (Newman 2002; Garlaschelli & Loffredo 2004)',
    target: '0.362',
    band: [0.321, 0.402],
    tolerance: 'the r band mapped through 2r/(1+r)',
    share: true,
  },
  {
    id: 'in-degree-alpha',
    name: 'followers: power-law tail exponent α above the top 10% (Clauset et al. 2009 MLE)',
    source: 'Kwak et al. 2010, §3.1: followers fit a power law of exponent 2.276 (up to ~10^5 followers)',
    target: '2.276',
    band: [2, 3],
    tolerance: 'a heavy tail as in most social networks (2 < α < 3, as Kwak et al. note); a 2,000-agent world has no 10^5 tail',
    share: false,
  },
  {
    id: 'out-degree-alpha',
    name: 'following: power-law tail exponent α above the top 10% (same estimator)',
    source: 'Kwak et al. 2010, §3.1 (following counts are heavy-tailed too); Myers et al. 2014',
    target: 'heavy tail, 2 < α < 3',
    band: [2, 3],
    tolerance: 'the same band as for followers: no exponent for following counts was checked in this project',
    share: false,
  },
  {
    id: 'clustering',
    name: 'average local clustering of the undirected graph (networkx average_clustering)',
    source:
      'Myers, Sharma, Gupta & Lin 2014 (WWW companion, doi 10.1145/2567948.2576939) analyse clustering coefficients of the 2012 follow graph; their value and its definition (follow or mutual graph) NOT checked here',
    target: 'illustrative band',
    band: [0.05, 0.3],
    tolerance: 'illustrative: the published value could not be verified in this project; the band spans social graphs of this size',
    share: true,
  },
  {
    id: 'silent-share',
    name: 'share of real people who post nothing in the run',
    source: 'Nielsen 2006, "Participation inequality" (90-9-1): 90% of users never contribute',
    target: '0.90',
    band: [0.85, 0.95],
    tolerance: '±0.05: 90-9-1 is a rule of thumb (van Mierlo 2014 finds it across four communities, not to the point)',
    share: true,
  },
  {
    id: 'cascade-zero',
    name: 'share of messages that move no one (cascade of size one)',
    source: 'Goel, Watts & Goldstein 2012 (EC): the vast majority of cascades are small; Bakshy et al. 2011 (WSDM)',
    target: '≥ 0.90',
    band: [0.9, 1],
    tolerance: "our reading of 'the vast majority': at least 90% (the papers' per-domain shares were not checked here)",
    share: true,
  },
  {
    id: 'cascade-top1',
    name: 'share of all moved people moved by the largest 1% of messages',
    source: 'Goel et al. 2012: a heavy tail, the bulk of adoptions in a few large cascades',
    target: '≥ 0.20',
    band: [0.2, 1],
    tolerance: 'illustrative: a thin-tailed world gives the top 1% about 1-10%',
    share: true,
  },
];

/** Per-seed statistics of one world, by target id. */
export function worldStatistics(config: RunConfig): Record<string, number> {
  const result = simulate(config);
  const snap = result.final;
  const g = snap.observation.follows;
  const real = snap.hidden.real;
  const rec = reciprocity(g, real);
  const { inDeg, outDeg } = realDegrees(g, real);
  const posts = snap.observation.postLog;
  const authors = posts.author.subarray(0, posts.length);
  const rng = new SeedTree(config.seed).stream(streams.calibration('cascades'));
  const cascades = cascadeSizes(snap.hidden, authors, CASCADE_SAMPLES, rng);
  return {
    'reciprocity-pairs': rec.pairs,
    'reciprocity-edges': rec.edges,
    'in-degree-alpha': tailAlpha(inDeg),
    'out-degree-alpha': tailAlpha(outDeg),
    clustering: averageClustering(g, real),
    'silent-share': silentShare(authors, real),
    'cascade-zero': cascades.zeroShare,
    'cascade-top1': cascades.top1Share,
  };
}

/** One line of the calibration table. */
export interface CalibrationRow {
  readonly target: CalibrationTarget;
  /** Mean over seeds with its 95% interval. */
  readonly value: MeanInterval;
  /** Per-seed values, in seed order. */
  readonly perSeed: readonly number[];
  /** The mean lies in the band. */
  readonly pass: boolean;
}

/**
 * Statistics of each config's world (one per seed), summarised per target; configs are taken in
 * seed order, so the result does not depend on the order given. `onSeed` is called after each
 * seed with the number done.
 */
export function calibrate(configs: readonly RunConfig[], onSeed: (done: number) => void = () => {}): CalibrationRow[] {
  const sorted = [...configs].sort((a, b) => a.seed - b.seed);
  const stats = sorted.map((c, i) => {
    const s = worldStatistics(c);
    onSeed(i + 1);
    return s;
  });
  const root = sorted[0]!.seed;
  return CALIBRATION_TARGETS.map((t) => {
    const perSeed = stats.map((s) => s[t.id]!);
    const value = t.share ? bootstrapMeanInterval(perSeed, new SeedTree(root).stream(streams.calibration(t.id))) : meanInterval(perSeed);
    const pass = Number.isFinite(value.mean) && value.mean >= t.band[0] && value.mean <= t.band[1];
    return { target: t, value, perSeed, pass };
  });
}

/** The printed table: target, simulated mean [95% interval], pass band, pass/fail; then each source. */
export function calibrationTable(rows: readonly CalibrationRow[]): string {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
  const head = ['target', 'published', 'simulated (95% CI)', 'pass band', 'result'];
  const body = rows.map((r) => [
    r.target.id,
    r.target.target,
    r.value.n > 1 ? `${f(r.value.mean)} [${f(r.value.lo)}, ${f(r.value.hi)}]` : f(r.value.mean),
    `${r.target.band[0]}-${r.target.band[1]}`,
    r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const passed = rows.filter((r) => r.pass).length;
  const notes = rows.map((r) => `  ${r.target.id}: ${r.target.name}. Source: ${r.target.source}. Band: ${r.target.tolerance}.`);
  return [
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map(line),
    '',
    `${passed} of ${rows.length} targets pass (the mean over seeds lies in the band).`,
    'Targets:',
    ...notes,
    '',
  ].join('\n');
}
