/**
 * Fixed sample inputs for every chart type, shared by the chart snapshot tests and the browser
 * test. Built from a seeded stream (src/rng.ts), so they never change between runs.
 */
import type { TopLevelSpec } from 'vega-lite';
import { driftRows, type DriftRow } from '../../src/drift/tidy.js';
import { summariseOverSeeds } from '../../src/drift/summary.js';
import { Role } from '../../src/model/roles.js';
import { SeedTree } from '../../src/rng.js';
import { driftOverTicksChart } from '../../src/charts/drift-over-ticks.js';
import { rankChurnChart, rankChurnData } from '../../src/charts/rank-churn.js';
import { rhoByTruthChart } from '../../src/charts/rho-by-truth.js';
import { robustnessChart, type RobustnessPoint } from '../../src/charts/robustness.js';
import { scoreTruthPoints, scoreVsTruthChart } from '../../src/charts/score-vs-truth.js';
import { topKComposition, topKCompositionChart } from '../../src/charts/top-k-composition.js';

/** A small fixed world: 60 accounts, roles cycling through a fixed pattern. */
export function sampleWorld(seed = 1, gaming = 0) {
  const rng = new SeedTree(seed).stream('chart-fixture');
  const n = 60;
  const pattern = [
    Role.honest,
    Role.honest,
    Role.honest,
    Role.broadcaster,
    Role.honest,
    Role.capitalist,
    Role.gamer,
    Role.honest,
    Role.bot,
    Role.sybil,
  ];
  const role = Uint8Array.from({ length: n }, (_, i) => pattern[i % pattern.length] as number);
  const truth = new Float64Array(n);
  const followers = new Float64Array(n);
  const kloutV1 = new Float64Array(n);
  const kloutV2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = role[i] as number;
    const fake = r === Role.bot || r === Role.sybil;
    truth[i] = fake ? 0 : Math.round(rng.lognormal(1, 1) * 100) / 100;
    const boost = r === Role.broadcaster ? 20 : r === Role.gamer ? 5 + 10 * gaming : fake ? 2 + 5 * gaming : 1;
    followers[i] = Math.round(boost * (truth[i] as number) * 10 + rng.int(50));
    kloutV1[i] = Math.round((truth[i] as number) * 8 + boost * 2 + rng.uniform(0, 10));
    kloutV2[i] = Math.round((kloutV1[i] as number) * 0.7 + (r === Role.gamer ? 15 : 0) + rng.uniform(0, 8));
  }
  return {
    n,
    role,
    truth,
    scores: new Map([
      ['followers', followers],
      ['klout-like@v1', kloutV1],
      ['klout-like@v2', kloutV2],
    ]),
  };
}

/** Drift rows over 3 seeds × 5 ticks with a growing share of gaming, plus a truth replicate. */
export function sampleDriftRows(): DriftRow[] {
  const rows: DriftRow[] = [];
  for (let seed = 1; seed <= 3; seed++) {
    for (let tick = 0; tick < 5; tick++) {
      const w = sampleWorld(seed * 100 + tick, tick / 4);
      const replicate = Float64Array.from(w.truth, (v, i) => v * (1 + 0.05 * Math.sin(i + seed)));
      rows.push(
        ...driftRows(
          {
            scenario: 'sample',
            seed,
            tick,
            role: w.role,
            truth: w.truth,
            scores: w.scores,
            truthReplicate: replicate,
            versions: [{ from: 'klout-like@v1', to: 'klout-like@v2' }],
          },
          { k: 10 },
        ),
      );
    }
  }
  return rows;
}

/** Robustness points for two scorers over five budgets. */
export function sampleRobustness(): RobustnessPoint[] {
  const pts: RobustnessPoint[] = [];
  for (const [scorer, slope] of [
    ['followers', 0.004],
    ['klout-like@v1', 0.0015],
  ] as const) {
    for (const budget of [0, 50, 100, 150, 200]) {
      const mean = Math.max(0.3, 0.98 - slope * budget);
      pts.push({ budget, scorer, mean, lo: mean - 0.04, hi: Math.min(1, mean + 0.04) });
    }
  }
  return pts;
}

/** One spec of every chart type, from the fixed inputs. */
export function sampleCharts(): Record<string, TopLevelSpec> {
  const w = sampleWorld();
  const summary = summariseOverSeeds(sampleDriftRows());
  return {
    'score-vs-truth': scoreVsTruthChart(scoreTruthPoints(w.scores.get('followers') as Float64Array, w.truth, w.role), {
      scorer: 'followers',
    }),
    'drift-over-ticks': driftOverTicksChart(summary, { measure: 'spearman', measureLabel: 'Spearman ρ with true influence' }),
    'top-k-composition': topKCompositionChart(topKComposition(new Map([['truth', w.truth], ...w.scores]), w.role, 10), { k: 10 }),
    robustness: robustnessChart(sampleRobustness(), {
      measureLabel: 'AUC honest above gamer',
      budgetLabel: 'followers bought per gamer',
      threshold: 0.9,
    }),
    'rho-by-truth': rhoByTruthChart(
      ['per-message spread (IC)', 'removal'].flatMap((truth, i) =>
        ['followers', 'klout-like@v1'].map((scorer, j) => ({
          truth,
          scorer,
          mean: 0.7 - 0.2 * i - 0.1 * j,
          lo: 0.6 - 0.2 * i - 0.1 * j,
          hi: 0.8 - 0.2 * i - 0.1 * j,
          n: 3,
        })),
      ),
    ),
    'rank-churn': rankChurnChart(
      rankChurnData(w.scores.get('klout-like@v1') as Float64Array, w.scores.get('klout-like@v2') as Float64Array, w.role, { topN: 10 }),
      { scorer: 'klout-like' },
    ),
  };
}
