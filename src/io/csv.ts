/**
 * Deterministic CSV writing: fixed column order, numbers printed the same way on every machine
 * (shortest round-trip form; integers without a decimal point), RFC 4180 quoting, and text cells
 * that a spreadsheet would run as a formula defused (issue 17.13).
 * Reference: RFC 4180; OWASP "CSV Injection" (owasp.org/www-community/attacks/CSV_Injection):
 * a text cell beginning with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with a single
 * quote and the whole cell quoted, e.g. `=cmd|' /C calc'!A0` → `"'=cmd|' /C calc'!A0"`.
 * Number cells are never altered (`-1.5` stays `-1.5`). Every CSV Goodhart writes goes through
 * {@link csvField} / {@link toCsv}.
 */

/** One cell value. */
export type Cell = string | number | boolean | null | undefined;

/** The fields of a row type `R` that hold a {@link Cell} (the columns {@link toCsv} can write). */
export type CellKeys<R> = { [K in keyof R]-?: R[K] extends Cell ? K : never }[keyof R] & string;

/** Format a number for CSV: integers as-is, others with up to `digits` significant digits (default: round-trip). */
export function formatNumber(x: number, digits?: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Inf' : '-Inf';
  if (Number.isInteger(x)) return String(x);
  return digits === undefined ? String(x) : String(Number(x.toPrecision(digits)));
}

/** A text cell as CSV: formula-like text (first character = + - @ tab CR) prefixed with `'` and quoted; quoted when it holds a comma, quote or line break (RFC 4180) or begins or ends with a space or tab (which readers, ours included, trim from unquoted fields). */
export function csvField(s: string): string {
  if (/^[=+\-@\t\r]/.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\n\r]|^[ \t]|[ \t]$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A text cell with RFC 4180 quoting only, no formula guard: for CSV handed to a program that
 * reads it back exactly (DuckDB making a Parquet copy), never for a file a person opens.
 */
export function plainCsvField(s: string): string {
  return /[",\n\r]|^[ \t]|[ \t]$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** Defuse formula-like text cells (default true); false only for CSV read back by a program (see {@link plainCsvField}). */
  readonly formulaGuard?: boolean | undefined;
}

function cell(v: Cell, guard = true): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v);
  return guard ? csvField(String(v)) : plainCsvField(String(v));
}

/**
 * Render rows as CSV text with a header line and a final newline. Typed over the row: every column
 * must be a field of `R` whose value is a {@link Cell}, so a misspelt column or a field holding an
 * array or object is a compile error, not an empty or `[object Object]` column.
 */
export function toCsv<R extends object>(columns: readonly NoInfer<CellKeys<R>>[], rows: Iterable<R>, opts: CsvOptions = {}): string {
  const guard = opts.formulaGuard !== false;
  const out = [columns.map((c) => cell(c, guard)).join(',')];
  for (const r of rows) out.push(columns.map((c) => cell(r[c] as Cell, guard)).join(','));
  return `${out.join('\n')}\n`;
}
