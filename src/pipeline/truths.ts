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
import type { ClaimTruthId } from '../scenarios/claims/claim.js';

/** One truth definition of the table. */
export interface TruthKind {
  readonly id: ClaimTruthId;
  /** Short label for charts and the report. */
  readonly label: string;
  /** A word or two for a claim's verdict line ("holds under spread and realized; fails under LT"). */
  readonly short: string;
  /** Truth model id in src/truth/registry.ts, when this truth is estimated by one beyond the run's. */
  readonly model?: string;
  /** Largest world (accounts, fake ones included) it is computed for; above it the truth is left out of the table and chart. */
  readonly maxAgents?: number;
}

/** The truths, in table and chart order. */
export const TRUTH_KINDS: readonly TruthKind[] = [
  { id: 'spread', label: 'per-message spread (IC)', short: 'spread' },
  { id: 'realized', label: 'realized: spread × posts per tick', short: 'realized' },
  { id: 'lt', label: 'linear threshold', short: 'LT', model: 'lt' },
  { id: 'fj', label: 'Friedkin–Johnsen', short: 'FJ', model: 'fj' },
  { id: 'removal', label: 'removal', short: 'removal', model: 'removal', maxAgents: MAX_REMOVAL_AGENTS },
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
  /** Compute only these truths (spread is always there); default: every truth {@link truthKindsFor} allows. */
  readonly only?: readonly ClaimTruthId[] | undefined;
}

/**
 * One truth of {@link TRUTH_KINDS} at the final snapshot (per account): `spread` is `o.spread`
 * itself, `realized` is derived from it, the others are estimated from the snapshot's stream `truth/a`.
 */
export function truthVector(snapshot: Snapshot, kind: TruthKind, o: Omit<TruthsOptions, 'scores' | 'onTruth'>): Float64Array {
  if (kind.id === 'spread') return o.spread;
  const hidden = snapshot.hidden;
  if (kind.id === 'realized') return o.spread.map((s, i) => s * hidden.activity[i]!);
  return truthAt(snapshot, o.seed, { model: getTruthModel(kind.model!), precision: o.precision, threads: o.threads }).estimate;
}

/** Every truth of {@link TRUTH_KINDS} computed for this world ({@link truthKindsFor}) at the final snapshot, by id (per account). */
export function truthVectors(snapshot: Snapshot, o: TruthsOptions): Map<ClaimTruthId, Float64Array> {
  const out = new Map<ClaimTruthId, Float64Array>();
  let units = 0;
  for (const t of truthKindsFor(snapshot.hidden.n)) {
    if (o.only && t.id !== 'spread' && !o.only.includes(t.id)) continue;
    out.set(t.id, truthVector(snapshot, t, o));
    if (t.model !== undefined) {
      units += 4;
      o.onTruth?.(units);
    }
  }
  return out;
}

/** Spearman ρ of every scorer with every truth computed for this world ({@link truthKindsFor}) over real people at the final snapshot. */
export function truthsAtFinal(snapshot: Snapshot, o: TruthsOptions): TruthsRow[] {
  return truthsRowsOf(snapshot, truthVectors(snapshot, o), o);
}

/** The truths.csv rows of truth vectors already computed ({@link truthVectors}): every scorer of `o.scores` against each. */
export function truthsRowsOf(
  snapshot: Snapshot,
  truths: ReadonlyMap<ClaimTruthId, Float64Array>,
  o: Pick<TruthsOptions, 'seed' | 'scores'>,
): TruthsRow[] {
  const real = realIndices(snapshot.hidden.role);
  const rows: TruthsRow[] = [];
  for (const [scorer, score] of o.scores) {
    const x = gather(score, real);
    for (const t of truthKindsFor(snapshot.hidden.n).filter((k) => truths.has(k.id)))
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
