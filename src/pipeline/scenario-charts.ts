/**
 * The charts of a scenario report, as named Vega-Lite specs (src/charts builders):
 *
 *   score-vs-truth-<scorer>  final tick, first seed: score against true influence, roles coloured
 *                            (a density plot above SCATTER_POINT_LIMIT accounts, so the spec stays small)
 *   drift-<measure>          mean over seeds per tick with 95% bands, the noise ceiling dashed
 *   top-k-composition        roles in each scorer's top k (and the true top k), mean over seeds
 *   budget-<measure>         the measure against the main attack's budget (budget sweep)
 *   rho-by-truth             every scorer's ρ with five truth definitions, final tick (src/pipeline/truths.ts)
 *   rank-churn-<from>-<to>   ranks under two versions of a scorer (algorithm change)
 */
import type { TopLevelSpec } from 'vega-lite';
import { driftOverTicksChart } from '../charts/drift-over-ticks.js';
import { churnAxisEnd, rankChurnChart, rankChurnData } from '../charts/rank-churn.js';
import { robustnessChart } from '../charts/robustness.js';
import { scoreTruthPoints, scoreVsTruthChart } from '../charts/score-vs-truth.js';
import { DENSITY_TOP, densityHighlights, SCATTER_POINT_LIMIT, scoreVsTruthDensityChart } from '../charts/score-vs-truth-density.js';
import { topKComposition, topKCompositionChart, type CompositionRow } from '../charts/top-k-composition.js';
import { getMeasure } from '../drift/registry.js';
import { NOISE_CEILING } from '../drift/tidy.js';
import type { DriftSummaryRow } from '../drift/summary.js';
import { sweepPoints, type SweepRow } from './budget-sweep.js';
import { fileSafe, type RunPlan } from './plan.js';
import type { Replicate } from './replicate.js';
import { rhoByTruthChart, type RhoByTruthPoint } from '../charts/rho-by-truth.js';
import { fisherZOverSeeds } from '../stats/bounded-interval.js';
import { SeedTree } from '../rng.js';
import { streams } from '../streams.js';
import { TRUTH_KINDS, type TruthKind } from './truths.js';

/** One chart of the report. */
export interface NamedChart {
  /** File stem (`<name>.vl.json`, `.svg`, `.png`). */
  readonly name: string;
  /** One sentence under the chart in the report: what to look for. */
  readonly caption: string;
  readonly spec: TopLevelSpec;
}

/** Readable y-axis titles of the measures drawn over ticks. */
const MEASURE_LABELS: Readonly<Record<string, string>> = {
  spearman: 'Spearman ρ with true influence',
  'kendall-tau-b': 'Kendall τ-b with true influence',
  'weighted-tau': 'weighted τ with true influence',
  rbo: 'rank-biased overlap with the true ranking',
  'precision-at-k': 'precision@k against the true top k',
  'ndcg-at-k': 'NDCG@k against true influence',
  'gamer-share-at-k': "gamers' share of the top k",
  'bot-share-at-k': "bots' share of the top k",
  'auc-honest-gamer': 'AUC: honest person outscores a gamer',
  'gamer-rank-lift': 'mean gamer rank lift (percentiles)',
};

/** Human label of a measure id, with the top-k depth `k` written in where the measure has one. */
export function measureLabel(id: string, k = 10): string {
  return (MEASURE_LABELS[id] ?? id).replace(/top k|@k/g, (m) => (m === '@k' ? `@${k}` : `top ${k}`));
}

/** Mean composition rows over replicates (final tick), the truth's own top k first. */
export function meanComposition(plan: RunPlan, reps: readonly Replicate[]): CompositionRow[] {
  const sums = new Map<string, CompositionRow>();
  for (const rep of reps) {
    const last = rep.final;
    const scores = new Map<string, Float64Array>([['true influence', last.truth.estimate], ...last.scores]);
    for (const row of topKComposition(scores, last.snapshot.hidden.role, plan.k)) {
      const key = `${row.scorer}\u0000${row.role}`;
      const prev = sums.get(key);
      sums.set(key, { scorer: row.scorer, role: row.role, count: (prev?.count ?? 0) + row.count / reps.length });
    }
  }
  return [...sums.values()];
}

/**
 * The score-vs-truth chart of a world too large to draw every account: a density plot with the
 * top accounts, the focus accounts and the gamers drawn as points, and a caption that says so.
 */
function densityScatter(
  id: string,
  score: Float64Array,
  truth: Float64Array,
  role: Uint8Array,
  focus: ReadonlyMap<string, Uint32Array>,
  tick: number,
  seedNote: string,
): NamedChart {
  const h = densityHighlights(score, truth, role, focus);
  const gamers =
    h.gamers === 0
      ? ''
      : h.gamersDrawn < h.gamers
        ? `, the ${h.gamersDrawn.toLocaleString('en-US')} highest-scored of the ${h.gamers.toLocaleString('en-US')} gamers`
        : `, every gamer (${h.gamers.toLocaleString('en-US')})`;
  const named = focus.size > 0 ? `, the ${[...focus.keys()].join(' and the ')}` : '';
  return {
    name: `score-vs-truth-${fileSafe(id)}`,
    caption:
      `${role.length.toLocaleString('en-US')} accounts at the final tick (${seedNote}), too many to draw one by one: grey squares count the accounts in each cell (darker = more); ` +
      `the top ${DENSITY_TOP} by ${id}${named}${gamers} are drawn as coloured dots. True influence across, ${id} up: a faithful score would put the crowd on a rising line. ` +
      'Every account is in scores.csv and truth.csv.',
    spec: scoreVsTruthDensityChart(score, truth, h.points, { scorer: id, title: `${id} vs true influence (tick ${tick})` }),
  };
}

/** Build every chart of the report from the replicates, the summary over seeds and the sweep. */
export function scenarioCharts(
  plan: RunPlan,
  reps: readonly Replicate[],
  summary: readonly DriftSummaryRow[],
  sweep: readonly SweepRow[],
): NamedChart[] {
  const first = reps[0]!;
  const last = first.final;
  const role = last.snapshot.hidden.role;
  const seedNote = reps.length > 1 ? `seed ${first.seed} of ${reps.length}` : `seed ${first.seed}`;
  const charts: NamedChart[] = [];
  // One colour per scorer across every chart of the report.
  const series = [...new Set([...plan.scorers.map((sc) => sc.id), ...(plan.sweep?.scorers ?? [])])];
  // 1. Score vs truth.
  for (const id of plan.scatter) {
    if (role.length > SCATTER_POINT_LIMIT) {
      charts.push(densityScatter(id, last.scores.get(id)!, last.truth.estimate, role, first.focus, last.tick, seedNote));
      continue;
    }
    const points = scoreTruthPoints(last.scores.get(id)!, last.truth.estimate, role);
    charts.push({
      name: `score-vs-truth-${fileSafe(id)}`,
      caption: `Each dot is an account at the final tick (${seedNote}): true influence across, ${id} up. A faithful score would put the dots on a rising line.`,
      spec: scoreVsTruthChart(points, { scorer: id, title: `${id} vs true influence (tick ${last.tick})` }),
    });
  }
  // 2. Drift over ticks, with the noise ceiling (final tick) as a dashed rule.
  for (const m of plan.driftMeasures) {
    const rows = summary.filter((r) => r.measure === m && r.scorer !== NOISE_CEILING && !r.scorer.includes('->'));
    const found = summary.find((r) => r.measure === m && r.scorer === NOISE_CEILING && Number.isFinite(r.mean));
    // A ceiling bounds agreement; for measures where lower is better (top-k shares) it is no bound.
    const ceiling = found && getMeasure(m).higherIsBetter ? found : undefined;
    if (!rows.some((r) => Number.isFinite(r.mean))) continue;
    const label = measureLabel(m, plan.k);
    charts.push({
      name: `drift-${fileSafe(m)}`,
      caption: `${label} at every snapshot as gaming grows, one panel per scorer on the same scale${reps.length > 1 ? `; bands are 95% intervals over ${reps.length} seeds` : ' (one seed: no interval)'}${ceiling ? '; the dashed line is the noise ceiling (two independent truth estimates compared): no scorer can be shown to agree with the truth better' : ''}.`,
      spec: driftOverTicksChart(rows, {
        measure: m,
        measureLabel: label,
        series,
        title: `${label}, over time`,
        ...(ceiling ? { ceiling: ceiling.mean } : {}),
      }),
    });
  }
  // 3. Top-k composition.
  charts.push({
    name: 'top-k-composition',
    caption: `Who holds each scorer's top ${plan.k} at the final tick${reps.length > 1 ? ` (mean over ${reps.length} seeds)` : ''}, by role, beside the true top ${plan.k}: a bar's coloured parts add up to ${plan.k} accounts.`,
    spec: topKCompositionChart(meanComposition(plan, reps), { k: plan.k, title: `Who is in the top ${plan.k}` }),
  });
  // 4. Measure vs attack budget.
  if (plan.sweep && sweep.length > 0) {
    const s = plan.sweep;
    const label = measureLabel(s.measure, plan.k);
    charts.push({
      name: `budget-${fileSafe(s.measure)}`,
      caption: `The scenario re-run with ${s.attack} at budgets ${s.budgets.join(', ')} (${s.costUnit}); ${label} at the final tick${reps.length > 1 ? `, 95% intervals over ${reps.length} seeds` : ''}${s.threshold !== undefined ? `. The dashed line at ${s.threshold} is the breakdown threshold: a scorer below it no longer ranks a random honest person above a random gamer ${Math.round(s.threshold * 100)}% of the time; the budget where its line crosses is its breakdown budget, and a line already below at budget 0 fails with no attack at all (gamers' own followers and activity already rank them high)` : ''}.`,
      spec: robustnessChart(sweepPoints(sweep, plan.k), {
        series,
        measureLabel: label,
        budgetLabel: `${s.attack} budget (${s.costUnit})`,
        title: `${label} as ${s.attack} grows`,
        ...(s.threshold !== undefined ? { threshold: s.threshold } : {}),
      }),
    });
  }
  // 5. Every scorer's ρ with each definition of truth (final tick only).
  const byTruth = rhoByTruthPoints(reps);
  if (byTruth.length > 0) {
    const kinds = truthKindsIn(reps);
    const left = TRUTH_KINDS.filter((t) => !kinds.includes(t));
    const ways = ['no', 'one', 'two', 'three', 'four', 'five'][kinds.length] ?? String(kinds.length);
    charts.push({
      name: 'rho-by-truth',
      caption:
        `Each scorer's Spearman ρ with ${ways} definitions of true influence at the final tick (${reps.length > 1 ? `mean over ${reps.length} seeds, whiskers: 95% Fisher-z intervals` : 'one seed'}): ` +
        `${kinds.map((t) => t.label).join(', ')} (docs/truth.md; per-message spread is the truth of every other chart).` +
        (left.length > 0
          ? ` Left out for a world this size: ${left.map((t) => `${t.label} (computed up to ${t.maxAgents?.toLocaleString('en-US')} accounts)`).join(', ')}.`
          : '') +
        ' A scorer whose bars differ from group to group is graded by the definition as much as by the world.',
      spec: rhoByTruthChart(byTruth, { series, truths: kinds.map((t) => t.label), title: `ρ with true influence, ${ways} ways` }),
    });
  }
  // 6. Rank churn between versions.
  for (const v of plan.versions) {
    const labels = Array.from({ length: role.length }, (_, i) => `#${i}`);
    const focus = new Map<number, string>();
    for (const [name, ids] of first.focus) {
      for (const i of ids) {
        labels[i] = `${name} (#${i})`;
        focus.set(i, name);
      }
    }
    const topN = 15;
    const rows = rankChurnData(last.scores.get(v.from)!, last.scores.get(v.to)!, role, {
      fromLabel: v.from,
      toLabel: v.to,
      labels,
      topN,
      focus,
    });
    const named = [...new Set(focus.values())];
    charts.push({
      name: `rank-churn-${fileSafe(v.from)}-${fileSafe(v.to)}`,
      caption:
        `Each line is an account in either top ${topN}: its rank under ${v.from} (left) and ${v.to} (right), final tick, ${seedNote}; 1 is the top. ` +
        `Accounts that fall below rank ${churnAxisEnd(topN)} are drawn on the bottom row with their real rank beside them${named.length ? `; the thick labelled line is the ${named.join(' and the ')}` : ''}.`,
      spec: rankChurnChart(rows, { scorer: v.from, topN, title: `Ranks before and after the change: ${v.from} → ${v.to}` }),
    });
  }
  return charts;
}

/** The truths the replicates' truths rows hold (every seed's world has the same size), in {@link TRUTH_KINDS} order. */
function truthKindsIn(reps: readonly Replicate[]): TruthKind[] {
  const ids = new Set(reps[0]?.truths.map((r) => r.truth) ?? []);
  return TRUTH_KINDS.filter((t) => ids.has(t.id));
}

/**
 * Mean ρ and Fisher-z 95% interval over seeds of each (truth, scorer) of the replicates' truths
 * rows, truths labelled as in {@link TRUTH_KINDS}; the bootstrap fallback of a ρ of exactly ±1 draws
 * from `interval-bootstrap:rho-by-truth:<truth>:<scorer>` of the smallest seed.
 */
export function rhoByTruthPoints(reps: readonly Replicate[]): RhoByTruthPoint[] {
  if (reps.length === 0) return [];
  const seed = Math.min(...reps.map((r) => r.seed));
  const out: RhoByTruthPoint[] = [];
  const scorers = [...new Set(reps[0]!.truths.map((r) => r.scorer))];
  for (const t of truthKindsIn(reps))
    for (const scorer of scorers) {
      const values = reps.map((r) => r.truths.find((x) => x.truth === t.id && x.scorer === scorer)?.spearman ?? NaN);
      const m = fisherZOverSeeds(values, () => new SeedTree(seed).stream(streams.intervalBootstrap(`rho-by-truth:${t.id}:${scorer}`)));
      out.push({ truth: t.label, scorer, mean: m.mean, lo: m.lo, hi: m.hi, n: m.n });
    }
  return out;
}
