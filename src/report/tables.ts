/**
 * Table helpers for the report: the measures table (one row per scorer, one column per measure,
 * mean and 95% interval at one tick) and number formatting.
 */
import type { DriftSummaryRow } from '../drift/summary.js';

/** A cell of a report table. Numbers are formatted with {@link formatCell}. */
export type TableCell = string | number | null | undefined;

/** A table: column headings and rows, each row an array aligned with `columns` or a record keyed by them. */
export interface ReportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly TableCell[] | Readonly<Record<string, TableCell>>)[];
}

/** Format a cell: integers as-is, other numbers with 3 decimals, NaN/null as an en dash. */
export function formatCell(v: TableCell): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '–' : v > 0 ? '∞' : '−∞';
  if (Number.isInteger(v)) return String(v);
  return v.toFixed(3);
}

/** Options of {@link measuresTable}. */
export interface MeasuresTableOptions {
  /** Tick to show (default: the last tick in the rows). */
  tick?: number;
  /** Measure ids to show, in order (default: every measure in the rows, first-seen order). */
  measures?: readonly string[];
}

/**
 * One row per scorer, one column per measure: "mean [lo, hi]" (just the mean when there is one
 * seed), at one tick. Scorers with none of the measures are left out.
 */
export function measuresTable(summary: readonly DriftSummaryRow[], opts: MeasuresTableOptions = {}): ReportTable {
  const tick = opts.tick ?? Math.max(...summary.map((r) => r.tick));
  const at = summary.filter((r) => r.tick === tick);
  const measures = opts.measures ?? [...new Set(at.map((r) => r.measure))];
  const scorers = [...new Set(at.map((r) => r.scorer))];
  const rows = scorers.flatMap((scorer) => {
    const row: Record<string, TableCell> = { scorer };
    for (const m of measures) {
      const r = at.find((x) => x.scorer === scorer && x.measure === m);
      if (!r) row[m] = null;
      else if (r.n <= 1 || !Number.isFinite(r.lo)) row[m] = formatCell(r.mean);
      else row[m] = `${formatCell(r.mean)} [${formatCell(r.lo)}, ${formatCell(r.hi)}]`;
    }
    // A scorer with none of the chosen measures (e.g. a churn row in a truth-measure table) is left out.
    return measures.some((m) => row[m] !== null) ? [row] : [];
  });
  return { columns: ['scorer', ...measures], rows };
}
