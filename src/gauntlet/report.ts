/**
 * gauntlet.html and leaderboard.html: self-contained reports (src/report) with a summary table per
 * attack, the robustness curves (src/charts/gauntlet-curves.ts) and, for the leaderboard, one row
 * and one bar per scorer.
 */
import {
  gauntletCurvesChart,
  leaderboardChart,
  scorerCurvesChart,
  type GauntletCurvePoint,
  type ScorerCurvePoint,
} from '../charts/gauntlet-curves.js';
import { renderReportHtml } from '../report/index.js';
import { adaptiveGapTable } from './adaptive-gap.js';
import { MEASURE_NAMES } from './measures.js';
import { verdictText, type AttackResult, type GauntletResult } from './result.js';

const fmt = (v: number | null | undefined, d = 3) => (v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(d));

/**
 * The breakdown budget of one attack as people read it, saying when the scorer already fails a
 * threshold with no attack (budget 0): then the budget says more about the scorer than the attack.
 * E.g. "0 (fails with no attack: AUC 0.41 < 0.6, top-k overlap 0.1 < 0.3)", "40", "holds",
 * "holds (AUC already below 0.6 with no attack)".
 */
export function breakdownText(a: AttackResult, thr: GauntletResult['thresholds']): string {
  const b = a.breakdown;
  const text = verdictText(b);
  if (!b.brokenWithoutAttack) return text;
  const r0 = a.rows[0];
  const fails: string[] = [];
  if (r0 !== undefined && b.auc === r0.budget) fails.push(`AUC ${fmt(r0.measures.auc.mean, 2)} < ${thr.auc}`);
  if (r0 !== undefined && b.overlap === r0.budget) fails.push(`top-k overlap ${fmt(r0.measures.overlap.mean, 2)} < ${thr.overlap}`);
  if (b.budget !== null && b.budget === r0?.budget) return `${text} (fails with no attack: ${fails.join(', ')})`;
  return `${text} (with no attack already ${fails.join(', ')})`;
}

/** Curve points of one result: every attack, budget and measure with a mean. */
export function curvePoints(r: GauntletResult): GauntletCurvePoint[] {
  const out: GauntletCurvePoint[] = [];
  for (const a of r.attacks)
    for (const row of a.rows)
      for (const m of MEASURE_NAMES) {
        const s = row.measures[m];
        if (s.mean !== null) out.push({ attack: a.id, budget: row.budget, measure: m, mean: s.mean, lo: s.min!, hi: s.max! });
      }
  return out;
}

/** The per-attack summary table at the largest budget. */
export function attackTable(r: GauntletResult) {
  return {
    columns: [
      'attack',
      'cost unit',
      'largest budget',
      'AUC',
      'top-k overlap',
      'Spearman ρ',
      'attackers in top k',
      'rank lift',
      'lift gain',
      'lift per unit',
      'breakdown budget',
      'failed cells',
    ],
    rows: r.attacks.map((a) => {
      const top = a.rows[a.rows.length - 1]!;
      const m = top.measures;
      return [
        a.id,
        a.costUnit,
        top.budget,
        fmt(m.auc.mean),
        fmt(m.overlap.mean),
        fmt(m.spearman.mean),
        fmt(m.attackerShare.mean),
        fmt(m.lift.mean),
        fmt(top.liftGain),
        top.liftPerCost === null ? '–' : top.liftPerCost.toExponential(2),
        breakdownText(a, r.thresholds),
        a.rows.reduce((s, x) => s + x.failed, 0),
      ];
    }),
  };
}

/** The "adaptive vs best fixed attack" section, when the suite has an adaptive attack. */
function adaptiveSection(r: GauntletResult) {
  if (!r.adaptiveGap) return [];
  return [
    {
      heading: 'Adaptive attacker against the best fixed attack',
      text:
        'The adaptive attacker rehearses every fixed attack against this scorer, calling it only as a black box, and plays the one that projects the highest lift. ' +
        "At each of its budgets: its mean rank lift of the targets, the best fixed attack's at the same budget (fixed attacks whose ladder lacks that budget are not compared), and the gap.",
      table: adaptiveGapTable(r.adaptiveGap),
    },
  ];
}

/** gauntlet.html for one scorer. */
export function gauntletHtml(r: GauntletResult, command: string): string {
  const failures = r.failures.length
    ? [
        {
          heading: 'Failed cells',
          text: 'The scorer failed in these cells; their measures are missing and the rest of the suite ran.',
          table: { columns: ['attack', 'budget', 'seed', 'reason'], rows: r.failures.map((f) => [f.attack, f.budget, f.seed, f.reason]) },
        },
      ]
    : [];
  return renderReportHtml({
    title: `Gauntlet ${r.suite.id}: ${r.scorer.id}`,
    story:
      `Every attack of suite ${r.suite.id} (version ${r.suite.version}: ${r.suite.description}) at each budget of its ladder, on fixed worlds and seeds ${r.seeds.join(', ')}. ` +
      `AUC: the share of (truly influential honest person, gamer) pairs the scorer orders correctly, "truly influential" meaning the true top ${Math.round(r.aucTopShare * 100)}% of real people. ` +
      `The breakdown budget is the first budget where the AUC falls below ${r.thresholds.auc} or the top-${r.k} overlap with truth below ${r.thresholds.overlap}; ` +
      "a breakdown budget of 0 means the scorer fails both with no attack at all (the gamers' own followers and activity already rank them high), so it says more about the scorer than about the attack." +
      (r.graph
        ? ` The world is your graph ${r.graph.path} (${r.graph.accounts} accounts, ${r.graph.follows} follows; budgets per 1,000 of its accounts). ${r.truth ?? ''}`
        : r.budgetUnit === 'per1000'
          ? ' Budgets are per 1,000 real accounts.'
          : ''),
    sections: [
      { heading: 'Summary at the largest budget of each attack', table: attackTable(r) },
      {
        heading: 'Robustness curves',
        text: "Seed means with min–max bands; each panel has its own budget axis (the attack's cost unit).",
        chart: gauntletCurvesChart(curvePoints(r)),
      },
      ...adaptiveSection(r),
      ...failures,
    ],
    command,
    manifest: {
      suite: r.suite.id,
      suiteVersion: r.suite.version,
      scorer: r.scorer.id,
      scorerVersion: r.scorer.version,
      seeds: r.seeds.join(', '),
      goodhart: r.goodhartVersion,
      ...(r.graph ? { graph: `${r.graph.path} (sha256 ${r.graph.sha256})` } : {}),
      thresholds: r.thresholds,
      tolerance: r.tolerance,
    },
  });
}

/** Leaderboard score of one result: mean AUC over attacks at each attack's largest budget (0–1). */
export function robustness(r: GauntletResult): number | null {
  const v = r.attacks.map((a) => a.rows[a.rows.length - 1]!.measures.auc.mean).filter((x): x is number => x !== null);
  return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
}

/**
 * Leaderboard rows, best first. `named`: ids of the scorers the user named (`--scorers`), marked
 * so their place among the built-ins is easy to find.
 */
export function leaderboardRows(results: readonly GauntletResult[], named: readonly string[] = []) {
  return results
    .map((r) => ({
      scorer: r.scorer.id,
      family: r.scorer.family,
      named: named.includes(r.scorer.id),
      /** Attacks under which the scorer already fails a threshold with no attack (budget 0). */
      brokenWithoutAttack: r.attacks.filter((a) => a.breakdown.brokenWithoutAttack).map((a) => a.id),
      robustness: robustness(r),
      spearman: mean(r.attacks.map((a) => a.rows[a.rows.length - 1]!.measures.spearman.mean)),
      lift: mean(r.attacks.map((a) => a.rows[a.rows.length - 1]!.measures.lift.mean)),
      held: r.attacks.filter((a) => a.breakdown.verdict === 'holds').length,
      failed: r.failures.length,
    }))
    .sort((a, b) => (b.robustness ?? -1) - (a.robustness ?? -1) || a.scorer.localeCompare(b.scorer));
}

/** The leaderboard as aligned text lines (header, rule, one line per scorer, best first), for the console. */
export function leaderboardLines(rows: ReturnType<typeof leaderboardRows>): string[] {
  const head = ['scorer', 'family', 'robustness', 'Spearman ρ', 'attacks held', 'failed cells'];
  const body = rows.map((r) => [
    r.named ? `${r.scorer} (named)` : r.scorer,
    r.family,
    fmt(r.robustness),
    fmt(r.spearman),
    String(r.held),
    String(r.failed),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => (i < 2 ? x.padEnd(w[i]!) : x.padStart(w[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...body.map(line)];
}

function mean(v: (number | null)[]): number | null {
  const ok = v.filter((x): x is number => x !== null);
  return ok.length ? ok.reduce((s, x) => s + x, 0) / ok.length : null;
}

/** Every scorer's seed-mean AUC at every budget of every attack, for the leaderboard's curves. */
export function scorerCurvePoints(results: readonly GauntletResult[]): ScorerCurvePoint[] {
  const out: ScorerCurvePoint[] = [];
  for (const r of results)
    for (const a of r.attacks)
      for (const row of a.rows) {
        const s = row.measures.auc;
        if (s.mean !== null) out.push({ attack: a.id, scorer: r.scorer.id, budget: row.budget, mean: s.mean, lo: s.min!, hi: s.max! });
      }
  return out;
}

/** The leaderboard's breakdown table: one row per scorer (best first), one column per attack. */
export function breakdownTable(results: readonly GauntletResult[], named: readonly string[] = []) {
  const order = leaderboardRows(results, named).map((x) => results.find((r) => r.scorer.id === x.scorer)!);
  const r0 = results[0]!;
  return {
    columns: ['scorer', ...r0.attacks.map((a) => `${a.id} (${a.costUnit})`)],
    rows: order.map((r) => [
      named.includes(r.scorer.id) ? `${r.scorer.id} (named)` : r.scorer.id,
      ...r.attacks.map((a) => breakdownText(a, r.thresholds)),
    ]),
  };
}

/**
 * The leaderboard's note on scorers that already fail a breakdown threshold with no attack at all
 * (budget 0): their breakdown budgets say more about the scorer than about the attacks. Empty when none does.
 */
export function brokenWithoutAttackNote(results: readonly GauntletResult[]): string {
  const broken = leaderboardRows(results).filter((x) => x.brokenWithoutAttack.length > 0);
  if (broken.length === 0) return '';
  const thr = results[0]!.thresholds;
  return (
    `Already failing a threshold (AUC ${thr.auc} or top-k overlap ${thr.overlap}) with no attack at all, at budget 0: ` +
    broken
      .map(
        (x) =>
          `${x.scorer} (${x.brokenWithoutAttack.length === results[0]!.attacks.length ? 'every attack' : x.brokenWithoutAttack.join(', ')})`,
      )
      .join('; ') +
    ". Their breakdown budgets and robustness say more about the scorer (the gamers' own followers and activity already rank them high) than about the attacks."
  );
}

/**
 * leaderboard.html over every scorer's result. `named`: the scorers the user named (marked in the
 * tables).
 */
export function leaderboardHtml(results: readonly GauntletResult[], command: string, named: readonly string[] = []): string {
  const rows = leaderboardRows(results, named);
  const r0 = results[0]!;
  const note = brokenWithoutAttackNote(results);
  const label = (x: { scorer: string; named: boolean }) => (x.named ? `${x.scorer} (named)` : x.scorer);
  return renderReportHtml({
    title: `Gauntlet ${r0.suite.id} leaderboard`,
    story:
      `Every built-in scorer (and any named with --scorers, marked "named") through suite ${r0.suite.id} (version ${r0.suite.version}). Robustness = mean over the ${r0.attacks.length} attacks of the AUC at each attack's largest budget (1: no gamer passes a truly influential honest person).` +
      (r0.truth ? ` ${r0.truth}` : ''),
    sections: [
      {
        heading: 'Robustness by scorer',
        chart: leaderboardChart(
          rows.filter((r) => r.robustness !== null).map((r) => ({ scorer: r.scorer, value: r.robustness! })),
          { valueLabel: 'mean AUC at the largest budgets' },
        ),
      },
      {
        heading: 'Leaderboard',
        table: {
          columns: ['rank', 'scorer', 'family', 'robustness (AUC)', 'mean Spearman ρ', 'mean rank lift', 'attacks held', 'failed cells'],
          rows: rows.map((r, i) => [
            i + 1,
            label(r),
            r.family,
            fmt(r.robustness),
            fmt(r.spearman),
            fmt(r.lift),
            `${r.held} / ${r0.attacks.length}`,
            r.failed,
          ]),
        },
      },
      {
        heading: 'Robustness curves',
        text: `Each scorer's AUC as each attack's budget grows (seed means, min–max bands); the dashed rule is the breakdown threshold ${r0.thresholds.auc}.`,
        chart: scorerCurvesChart(scorerCurvePoints(results), {
          measureLabel: 'AUC',
          threshold: r0.thresholds.auc,
          scorers: rows.map((r) => r.scorer),
        }),
      },
      {
        heading: 'Breakdown budget by attack',
        text:
          `The first budget where the mean AUC falls below ${r0.thresholds.auc} or the top-${r0.k} overlap below ${r0.thresholds.overlap}; "holds": no budget of the ladder did.` +
          (note ? ` ${note}` : ' No scorer fails a threshold without an attack.'),
        table: breakdownTable(results, named),
      },
    ],
    command,
    manifest: {
      suite: r0.suite.id,
      suiteVersion: r0.suite.version,
      seeds: r0.seeds.join(', '),
      goodhart: r0.goodhartVersion,
      scorers: results.map((r) => r.scorer.id).join(', '),
    },
  });
}
