/**
 * Truth measured several ways, side by side: at the final snapshot of each seed, every scorer's
 * Spearman ρ (over real people) with five definitions of true influence —
 *
 *   spread     expected real people moved by one message, Independent Cascade (the run's truth,
 *              truth.csv; Kempe, Kleinberg & Tardos 2003)
 *   realized   spread × the person's expected posts per tick: influence per tick, not per message
 *              (the audit of issue 14: a person who never posts moves no one)
 *   lt         expected spread under the Linear Threshold model (Kempe et al. 2003; src/truth/linear-threshold.ts)
 *   fj         opinion shift in the Friedkin–Johnsen model (Friedkin & Johnsen 1990; src/truth/friedkin-johnsen.ts)
 *   removal    expected spread lost to everyone else when the person is removed (src/truth/removal.ts)
 *
 * The last three are computed at the final snapshot only (they are the expensive ones: removal
 * costs several IC estimates), each from the final snapshot's stream `truth/a` exactly as
 * `goodhart truth --model <id>` does, so truths.csv agrees with that command.
 */
import { realIndices } from '../drift/input.js';
import { toCsv } from '../io/csv.js';
import type { Snapshot } from '../engine/simulate.js';
import { gather } from '../stats/ranks.js';
import { spearman } from '../stats/spearman.js';
import { getTruthModel } from '../truth/registry.js';
import { truthAt } from '../truth/snapshot-truth.js';
import { MAX_REMOVAL_AGENTS } from '../truth/removal.js';

/** One truth definition of the table. */
export interface TruthKind {
  readonly id: string;
  /** Short label for charts and the report. */
  readonly label: string;
  /** Truth model id in src/truth/registry.ts, when this truth is estimated by one beyond the run's. */
  readonly model?: string;
  /** Largest world (accounts, fake ones included) it is computed for; above it the truth is left out of the table and chart. */
  readonly maxAgents?: number;
}

/** The truths, in table and chart order. */
export const TRUTH_KINDS: readonly TruthKind[] = [
  { id: 'spread', label: 'per-message spread (IC)' },
  { id: 'realized', label: 'realized: spread × posts per tick' },
  { id: 'lt', label: 'linear threshold', model: 'lt' },
  { id: 'fj', label: 'Friedkin–Johnsen', model: 'fj' },
  { id: 'removal', label: 'removal', model: 'removal', maxAgents: MAX_REMOVAL_AGENTS },
];

/** One row of truths.csv. */
export interface TruthsRow {
  readonly seed: number;
  readonly scorer: string;
  readonly truth: string;
  /** Spearman ρ over real people, in [−1, 1]; NaN when either side is constant. */
  readonly spearman: number;
}

/** Work units of {@link truthsAtFinal} for a progress bar: four per extra truth model. */
export const TRUTHS_WORK = 4 * TRUTH_KINDS.filter((t) => t.model !== undefined).length;

/**
 * The truths computed for a world of `n` accounts: every one of {@link TRUTH_KINDS} whose
 * `maxAgents` allows it (removal reruns the world per person: at most MAX_REMOVAL_AGENTS).
 */
export function truthKindsFor(n: number): readonly TruthKind[] {
  return TRUTH_KINDS.filter((t) => t.maxAgents === undefined || n <= t.maxAgents);
}

/** What {@link truthsAtFinal} needs besides the snapshot. */
export interface TruthsOptions {
  /** The run's root seed (the truth streams' root). */
  readonly seed: number;
  /** The run's truth at this snapshot (per-message spread), already estimated. */
  readonly spread: Float64Array;
  /** Scores by scorer id, in output order. */
  readonly scores: ReadonlyMap<string, Float64Array>;
  readonly precision: number;
  readonly threads?: number | undefined;
  /** Called after each extra truth model with the work units done. */
  readonly onTruth?: (units: number) => void;
}

/** Every truth of {@link TRUTH_KINDS} at the final snapshot, by id (per account). */
export function truthVectors(snapshot: Snapshot, o: TruthsOptions): Map<string, Float64Array> {
  const hidden = snapshot.hidden;
  const out = new Map<string, Float64Array>();
  let units = 0;
  for (const t of truthKindsFor(hidden.n)) {
    if (t.id === 'spread') out.set(t.id, o.spread);
    else if (t.id === 'realized')
      out.set(
        t.id,
        o.spread.map((s, i) => s * hidden.activity[i]!),
      );
    else {
      const est = truthAt(snapshot, o.seed, { model: getTruthModel(t.model!), precision: o.precision, threads: o.threads });
      out.set(t.id, est.estimate);
      units += 4;
      o.onTruth?.(units);
    }
  }
  return out;
}

/** Spearman ρ of every scorer with every truth computed for this world ({@link truthKindsFor}) over real people at the final snapshot. */
export function truthsAtFinal(snapshot: Snapshot, o: TruthsOptions): TruthsRow[] {
  const truths = truthVectors(snapshot, o);
  const real = realIndices(snapshot.hidden.role);
  const rows: TruthsRow[] = [];
  for (const [scorer, score] of o.scores) {
    const x = gather(score, real);
    for (const t of truthKindsFor(snapshot.hidden.n))
      rows.push({ seed: o.seed, scorer, truth: t.id, spearman: spearman(x, gather(truths.get(t.id)!, real)) });
  }
  return rows;
}

/** Columns of truths.csv (results/README.md). */
export const TRUTHS_COLUMNS = ['seed', 'scorer', 'truth', 'spearman'] as const;

/** truths.csv: one row per (seed, scorer, truth), seeds in run order; a ρ that is not defined (a constant scorer) is an empty cell. */
export function truthsCsv(rows: readonly TruthsRow[]): string {
  const cells = rows.map((r) => ({ ...r, spearman: Number.isNaN(r.spearman) ? null : r.spearman }));
  return toCsv(TRUTHS_COLUMNS, cells);
}
