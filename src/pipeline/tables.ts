/**
 * The CSV files of a run: scores.csv (same columns and ranking as `goodhart score`), truth.csv,
 * drift.csv (tidy rows), drift-summary.csv (means and 95% intervals over seeds) and sweep.csv.
 * Numbers print the same way on every machine (src/io/csv.ts), so same seed ⇒ same bytes.
 */
import { competitionRanks } from '../stats/ranks.js';
import { csvField, plainCsvField, toCsv, type CsvOptions } from '../io/csv.js';
import type { DriftRow } from '../drift/tidy.js';
import type { DriftSummaryRow } from '../drift/summary.js';
import type { TruthEstimate } from '../truth/truth-model.js';
import type { SweepRow } from './budget-sweep.js';

/** Column order of drift.csv. */
export const DRIFT_COLUMNS = ['scenario', 'seed', 'tick', 'scorer', 'measure', 'value'] as const;

function agentLabel(labels: readonly string[] | undefined, i: number, guard: boolean): string {
  if (!labels) return String(i);
  const label = labels[i] ?? String(i);
  return guard ? csvField(label) : plainCsvField(label);
}

/**
 * scores.csv text: rows agent, scorer, score, rank for every scorer then every agent; rank 1 =
 * highest, ties share the lowest rank of their group (as `goodhart score`).
 */
export function scoresCsv(scores: ReadonlyMap<string, Float64Array>, labels?: readonly string[], opts: CsvOptions = {}): string {
  const parts = [SCORES_HEADER];
  for (const [id, sc] of scores) parts.push(scorerRows(id, sc, labels, opts.formulaGuard !== false));
  return parts.join('');
}

const SCORES_HEADER = 'agent,scorer,score,rank\n';

/** One scorer's rows of scores.csv (no header). */
function scorerRows(id: string, sc: Float64Array, labels: readonly string[] | undefined, guard: boolean): string {
  const ranks = competitionRanks(sc);
  const name = guard ? csvField(id) : plainCsvField(id);
  let buf = '';
  for (let i = 0; i < sc.length; i++)
    buf += `${agentLabel(labels, i, guard)},${name},${Object.is(sc[i], -0) ? '0' : String(sc[i])},${ranks[i]}\n`;
  return buf;
}

/**
 * Rows of scores.csv (scorers × accounts) above which a run writes it as bytes
 * ({@link scoresCsvBytes}): V8 caps one string at 2^29 − 24 characters (about 537 million), which
 * scores.csv passes near 12 million rows; below this the text is one string, as always.
 */
export const SCORES_CSV_BYTES_ABOVE = 4_000_000;

/**
 * scores.csv as UTF-8 bytes, built one scorer at a time: byte for byte the UTF-8 of
 * {@link scoresCsv}'s text, for a table too long to be one string (a 5,000,000-account run).
 */
export function scoresCsvBytes(scores: ReadonlyMap<string, Float64Array>, labels?: readonly string[], opts: CsvOptions = {}): Uint8Array {
  const parts = [Buffer.from(SCORES_HEADER)];
  for (const [id, sc] of scores) parts.push(Buffer.from(scorerRows(id, sc, labels, opts.formulaGuard !== false)));
  return Buffer.concat(parts);
}

/** scores.csv for a run: text, or bytes ({@link scoresCsvBytes}) above `above` rows (default {@link SCORES_CSV_BYTES_ABOVE}). */
export function scoresCsvForRun(
  scores: ReadonlyMap<string, Float64Array>,
  labels?: readonly string[],
  opts: CsvOptions = {},
  above = SCORES_CSV_BYTES_ABOVE,
): string | Uint8Array {
  let rows = 0;
  for (const sc of scores.values()) rows += sc.length;
  return rows > above ? scoresCsvBytes(scores, labels, opts) : scoresCsv(scores, labels, opts);
}

/**
 * truth.csv text, as `goodhart truth` writes it: agent, [label when the topology has labels,]
 * estimate, stderr (expected real people moved by one message, and its standard error).
 */
export function truthCsv(truth: TruthEstimate, labels?: readonly string[], opts: CsvOptions = {}): string {
  // One row object at a time (a generator), not an array of a million objects.
  function* rows() {
    for (let v = 0; v < truth.estimate.length; v++)
      yield { agent: v, ...(labels ? { label: labels[v] } : {}), estimate: truth.estimate[v]!, stderr: truth.stderr[v]! };
  }
  return toCsv(labels ? ['agent', 'label', 'estimate', 'stderr'] : ['agent', 'estimate', 'stderr'], rows(), opts);
}

/**
 * A row with every NaN number made an empty cell: a measure with no value (e.g. a rank correlation
 * of a scorer that gives everyone the same score) is written as nothing, not as `NaN`
 * (results/README.md says so).
 */
function emptyNaN(row: object): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'number' && Number.isNaN(v) ? null : (v as string | number);
  return out;
}

/** drift.csv text: one tidy row per (scenario, seed, tick, scorer, measure); a value that is not defined is an empty cell. */
export function driftCsv(rows: readonly DriftRow[]): string {
  return toCsv(DRIFT_COLUMNS, rows.map(emptyNaN));
}

/** drift-summary.csv text: mean and 95% interval over seeds per (scenario, tick, scorer, measure); undefined values are empty cells. */
export function driftSummaryCsv(rows: readonly DriftSummaryRow[]): string {
  return toCsv(['scenario', 'tick', 'scorer', 'measure', 'n', 'mean', 'lo', 'hi'], rows.map(emptyNaN));
}

/** sweep.csv text: one row per (seed, budget, scorer) of the budget sweep; undefined values are empty cells. */
export function sweepCsv(rows: readonly SweepRow[]): string {
  return toCsv(['scenario', 'seed', 'attack', 'budget', 'scorer', 'measure', 'value'], rows.map(emptyNaN));
}
