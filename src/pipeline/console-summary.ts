/**
 * The short table `goodhart run` prints: per scorer, Spearman's ρ with true influence among real
 * people and the number of gaming accounts (gamers and the bots/sybils they run) in its top 10,
 * at the final tick — one seed, or the mean with a 95% interval over seeds that stays in range
 * (Fisher z for ρ, Wilson for the top-10 count: src/stats/bounded-interval.ts) —
 * and, last, the truth's noise ceiling (how well two independent truth estimates agree). A cell
 * with no value prints `n/a` and the table ends with a footnote saying why (a scorer that gives
 * every real person the same score ranks nobody, so it has no rank correlation).
 */
import { spearman } from '../stats/spearman.js';
import { realIndices } from '../drift/input.js';
import { roleShareOfTopK } from '../drift/role-share.js';
import { fisherZOverSeeds, wilsonOverSeeds } from '../stats/bounded-interval.js';
import type { MeanInterval } from '../stats/interval.js';
import { SeedTree } from '../rng.js';
import { streams } from '../streams.js';
import { gather } from '../stats/ranks.js';
import { Role } from '../model/roles.js';
import type { ScenarioRun } from './run-scenario.js';

/** One line of the table. */
export interface SummaryLine {
  readonly scorer: string;
  /** Spearman ρ with truth over real people, per seed. */
  readonly spearman: readonly number[];
  /** Gaming accounts in the top 10, per seed (tie-aware expected count). */
  readonly gamersTop10: readonly number[];
}

/**
 * The truth's noise ceiling per seed: Spearman ρ between the final tick's two independent truth
 * estimates over real people (no scorer can be shown to agree with the truth better).
 */
export function noiseCeilings(run: ScenarioRun): number[] {
  return run.replicates.map((rep) => rep.noiseCeiling);
}

/** The table's numbers, per scorer, from each seed's final frame. */
export function summaryLines(run: ScenarioRun): SummaryLine[] {
  return run.plan.scorers.map((s) => {
    const rho: number[] = [];
    const top: number[] = [];
    for (const rep of run.replicates) {
      const last = rep.final;
      const role = last.snapshot.hidden.role;
      const score = last.scores.get(s.id)!;
      const real = realIndices(role);
      rho.push(spearman(gather(score, real), gather(last.truth.estimate, real)));
      top.push(10 * roleShareOfTopK(score, role, 10, [Role.gamer, Role.bot, Role.sybil]));
    }
    return { scorer: s.id, spearman: rho, gamersTop10: top };
  });
}

/** "mean [lo, hi]" of a summary (just the mean with one seed, `n/a` with none), each × `scale`. */
function cell(m: MeanInterval, digits: number, scale = 1): string {
  if (!Number.isFinite(m.mean)) return 'n/a';
  if (m.n <= 1) return (m.mean * scale).toFixed(digits);
  return `${(m.mean * scale).toFixed(digits)} [${(m.lo * scale).toFixed(digits)}, ${(m.hi * scale).toFixed(digits)}]`;
}

/** Fisher-z interval of per-seed ρ values; its bootstrap fallback draws from a stream named after `label`. */
function rhoInterval(run: ScenarioRun, values: readonly number[], label: string): MeanInterval {
  const seed = Math.min(...run.replicates.map((r) => r.seed));
  return fisherZOverSeeds(values, () => new SeedTree(seed).stream(streams.intervalBootstrap(`summary:${label}`)));
}

/** The footnote under the table when a cell is `n/a`. */
export const NA_FOOTNOTE =
  'n/a: no rank correlation: the scorer gives every real person the same score (it ranks nobody above anybody), e.g. reciprocal-ties when no one follows back; drift.csv leaves these cells empty';

/** The printed table (plain text, aligned columns, trailing newline), with a footnote when a cell is n/a. */
export function summaryTable(run: ScenarioRun): string {
  const lines = summaryLines(run);
  const multi = run.replicates.length > 1;
  const head = ['scorer', `Spearman with truth${multi ? ' (95% CI)' : ''}`, `gamers in top 10${multi ? ' (95% CI)' : ''}`];
  const body = lines.map((l) => [
    l.scorer,
    cell(rhoInterval(run, l.spearman, l.scorer), 3),
    // The count of gaming accounts in 10 slots: a Wilson interval of the share, shown × 10.
    cell(
      wilsonOverSeeds(
        l.gamersTop10.map((v) => v / 10),
        10,
      ),
      multi ? 1 : 0,
      10,
    ),
  ]);
  body.push(['(truth noise ceiling)', cell(rhoInterval(run, noiseCeilings(run), 'noise-ceiling'), 3), '']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const fmt = (r: readonly string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const na = body.some((r) => r.includes('n/a')) ? [NA_FOOTNOTE] : [];
  return `${[fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt), ...na].join('\n')}\n`;
}
