/**
 * From tidy rows to what the goodhart-decay report says: means with 95% intervals over seeds per
 * (intervention, tick, scorer, measure), and per intervention the decay of validity
 *
 *   decay = ρ(deployed score, truth) at the last tick before deployment − ρ at the last tick
 *
 * compared with the baseline's decay seed by seed (same seed = same world until deployment):
 *   slowdown = decay(baseline) − decay(intervention), paired t-interval over seeds.
 * An intervention "measurably slows the decay" when the slowdown's interval lies above 0.
 * Reference: Student (1908) paired t-interval; Goodhart (1975).
 */
import { ParameterError } from '../errors.js';
import { meanInterval, summariseGroups, type MeanInterval } from '../stats/interval.js';
import { BASELINE, getIntervention } from './interventions.js';
import { DEPLOYED, WORLD, type DecayRow } from './run-dynamics.js';

/** One summarised cell. */
export interface DecaySummaryRow {
  readonly intervention: string;
  readonly tick: number;
  readonly scorer: string;
  readonly measure: string;
  readonly n: number;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** Group rows over seeds and summarise each group (Student-t 95% interval), in first-seen order. */
export function summariseDecay(rows: readonly DecayRow[]): DecaySummaryRow[] {
  const key = (r: DecayRow) => `${r.intervention}\u0000${r.tick}\u0000${r.scorer}\u0000${r.measure}`;
  return summariseGroups(rows, key, (r) => r.value).map(({ row, summary: s }) => ({
    intervention: row.intervention,
    tick: row.tick,
    scorer: row.scorer,
    measure: row.measure,
    n: s.n,
    mean: s.mean,
    lo: s.lo,
    hi: s.hi,
  }));
}

/** What one intervention did to validity and gaming, over seeds. */
export interface InterventionEffect {
  readonly intervention: string;
  readonly startTick: number;
  readonly endTick: number;
  /** Validity (Spearman of the deployed score with truth) at start and end. */
  readonly validityStart: MeanInterval;
  readonly validityEnd: MeanInterval;
  /** Start minus end, per seed (positive: validity fell). */
  readonly decay: MeanInterval;
  /** Share of adapting agents gaming at the end. */
  readonly gamingEnd: MeanInterval;
  /** Cumulative gaming cost at the end (reward units). */
  readonly costEnd: MeanInterval;
  /** Total true influence over real people: end divided by start (1 = unchanged). */
  readonly influenceRatio: MeanInterval;
  /** Baseline decay minus this decay, paired by seed (positive: slower decay); null for the baseline itself. */
  readonly slowdown: MeanInterval | null;
}

function valueAt(rows: readonly DecayRow[], intervention: string, seed: number, tick: number, scorer: string, measure: string): number {
  const r = rows.find(
    (x) => x.intervention === intervention && x.seed === seed && x.tick === tick && x.scorer === scorer && x.measure === measure,
  );
  return r ? r.value : NaN;
}

/**
 * Effects of every intervention present in `rows`. `startTick` and `endTick` must be snapshot
 * ticks present in the rows. Throws ParameterError when the baseline is missing and others are present.
 */
export function interventionEffects(rows: readonly DecayRow[], startTick: number, endTick: number): InterventionEffect[] {
  const interventions = [...new Set(rows.map((r) => r.intervention))];
  const seedsOf = (i: string) => [...new Set(rows.filter((r) => r.intervention === i).map((r) => r.seed))];
  const perSeed = (i: string) =>
    seedsOf(i).map((seed) => {
      const v0 = valueAt(rows, i, seed, startTick, DEPLOYED, 'spearman');
      const v1 = valueAt(rows, i, seed, endTick, DEPLOYED, 'spearman');
      return {
        seed,
        v0,
        v1,
        decay: v0 - v1,
        gaming: valueAt(rows, i, seed, endTick, WORLD, 'gaming-share'),
        cost: valueAt(rows, i, seed, endTick, WORLD, 'gaming-cost-total'),
        influence:
          valueAt(rows, i, seed, endTick, WORLD, 'true-influence-total') / valueAt(rows, i, seed, startTick, WORLD, 'true-influence-total'),
      };
    });
  const base = interventions.includes(BASELINE) ? perSeed(BASELINE) : null;
  if (!base && interventions.some((i) => i !== BASELINE))
    throw new ParameterError(
      'interventions',
      interventions.join(','),
      `a list that includes ${BASELINE} (the reference of every comparison)`,
    );
  return interventions.map((i) => {
    const s = perSeed(i);
    let slowdown: MeanInterval | null = null;
    if (i !== BASELINE && base) {
      const diffs = s.map((x) => (base.find((b) => b.seed === x.seed)?.decay ?? NaN) - x.decay);
      slowdown = meanInterval(diffs);
    }
    return {
      intervention: i,
      startTick,
      endTick,
      validityStart: meanInterval(s.map((x) => x.v0)),
      validityEnd: meanInterval(s.map((x) => x.v1)),
      decay: meanInterval(s.map((x) => x.decay)),
      gamingEnd: meanInterval(s.map((x) => x.gaming)),
      costEnd: meanInterval(s.map((x) => x.cost)),
      influenceRatio: meanInterval(s.map((x) => x.influence)),
      slowdown,
    };
  });
}

/** True when the slowdown's 95% interval lies above 0 (needs at least two seeds). */
export function slowsMeasurably(e: InterventionEffect): boolean {
  return e.slowdown !== null && e.slowdown.n >= 2 && e.slowdown.lo > 0;
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(100 * x)}%` : 'n/a');
const iv = (m: MeanInterval) => (m.n >= 2 ? ` (95% interval ${f2(m.lo)} to ${f2(m.hi)})` : '');
const label = (id: string) => {
  try {
    return getIntervention(id).label;
  } catch {
    return id;
  }
};

/**
 * The report's findings, one sentence each, computed from the effects: the baseline's decay and
 * gaming, the control's, the intervention that slows the decay most (and by how much), and the
 * others that measurably slow it.
 */
export function findings(effects: readonly InterventionEffect[]): string[] {
  const out: string[] = [];
  const seeds = effects[0]?.decay.n ?? 0;
  const base = effects.find((e) => e.intervention === BASELINE);
  for (const e of effects.filter((x) => x.slowdown === null || x.intervention === 'rewards-off')) {
    out.push(
      `${label(e.intervention)}: validity (Spearman ρ of the deployed score with true influence) went from ${f2(e.validityStart.mean)} at tick ${e.startTick} to ${f2(e.validityEnd.mean)} at tick ${e.endTick}, ` +
        `a decay of ${f2(e.decay.mean)}${iv(e.decay)} over ${seeds} seed${seeds === 1 ? '' : 's'}; ${pct(e.gamingEnd.mean)} of adapting agents were gaming at the end; ` +
        `total true influence ended at ${f2(e.influenceRatio.mean)}× its value at deployment.`,
    );
  }
  const others = effects.filter((e) => e.slowdown !== null && e.intervention !== 'rewards-off');
  if (!base || others.length === 0) return out;
  const best = [...others].sort((a, b) => b.slowdown!.mean - a.slowdown!.mean)[0]!;
  const share = base.decay.mean > 0 ? best.slowdown!.mean / base.decay.mean : NaN;
  out.push(
    `Slows the decay most: ${label(best.intervention)} — validity decayed by ${f2(best.decay.mean)} instead of ${f2(base.decay.mean)}, ` +
      `${f2(best.slowdown!.mean)} less${iv(best.slowdown!)}${Number.isFinite(share) ? `, ${pct(share)} of the baseline's decay avoided` : ''}; ` +
      `${slowsMeasurably(best) ? 'the interval excludes no effect' : 'the interval does not exclude no effect (more seeds would tell)'}.`,
  );
  const measurable = others.filter((e) => e !== best && slowsMeasurably(e));
  if (measurable.length > 0)
    out.push(
      `Also measurably slower: ${measurable.map((e) => `${label(e.intervention)} (${f2(e.slowdown!.mean)} less${iv(e.slowdown!)})`).join('; ')}.`,
    );
  const faster = others.filter((e) => e.slowdown!.n >= 2 && e.slowdown!.hi < 0);
  if (faster.length > 0)
    out.push(`Measurably faster decay: ${faster.map((e) => `${label(e.intervention)} (${f2(-e.slowdown!.mean)} more)`).join('; ')}.`);
  return out;
}
