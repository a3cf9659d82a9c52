/**
 * Deterministic CSV writing: fixed column order, numbers printed the same way on every machine
 * (shortest round-trip form; integers without a decimal point), RFC 4180 quoting.
 */

/** One cell value. */
export type Cell = string | number | boolean | null | undefined;

/** Format a number for CSV: integers as-is, others with up to `digits` significant digits (default: round-trip). */
export function formatNumber(x: number, digits?: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Inf' : '-Inf';
  if (Number.isInteger(x)) return String(x);
  return digits === undefined ? String(x) : String(Number(x.toPrecision(digits)));
}

/** Quote a CSV text field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v);
  return csvField(String(v));
}

/** Render rows (objects with the given columns) as CSV text with a header line and a final newline. */
export function toCsv(columns: readonly string[], rows: Iterable<Readonly<Record<string, Cell>>>): string {
  const out = [columns.map(cell).join(',')];
  for (const r of rows) out.push(columns.map((c) => cell(r[c])).join(','));
  return out.join('\n') + '\n';
}
