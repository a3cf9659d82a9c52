/**
 * How claims are shown: ✓ or ✗ with the numbers each was judged on, in the report, in the
 * terminal summary and as tidy rows in claims.csv. A claim "holds" for a replicate run only when
 * it holds on every seed; the count of seeds is always printed beside it.
 */
import type { ReportTable } from '../report/tables.js';
import type { ClaimResult } from './claims.js';

/** "✓" when the claim holds on every seed, else "✗". */
export function claimMark(c: ClaimResult): string {
  return c.outcomes.every((o) => o.outcome.holds) ? '✓' : '✗';
}

/** "holds" / "does not hold" for one seed, or "holds on k of n seeds". */
export function claimVerdict(c: ClaimResult): string {
  const n = c.outcomes.length;
  const k = c.outcomes.filter((o) => o.outcome.holds).length;
  if (n === 1) return k === 1 ? 'holds' : 'does not hold';
  return `holds on ${k} of ${n} seeds`;
}

/** The report's claims table: mark, claim, verdict, and the measured numbers per seed. */
export function claimsReportTable(claims: readonly ClaimResult[]): ReportTable {
  return {
    columns: ['', 'claim', 'in this run', 'measured'],
    rows: claims.map((c) => [
      claimMark(c),
      c.text,
      claimVerdict(c),
      c.outcomes.length === 1
        ? c.outcomes[0]!.outcome.measured
        : c.outcomes.map((o) => `seed ${o.seed} ${o.outcome.holds ? '✓' : '✗'}: ${o.outcome.measured}`).join(' · '),
    ]),
  };
}

/** Terminal lines: one per claim (mark, verdict, text), then the measured numbers of each seed indented. */
export function claimsConsoleLines(claims: readonly ClaimResult[]): string[] {
  const out: string[] = [];
  for (const c of claims) {
    out.push(`${claimMark(c)} ${c.text} (${claimVerdict(c)})`);
    for (const o of c.outcomes)
      out.push(`    ${c.outcomes.length > 1 ? `seed ${o.seed} ${o.outcome.holds ? '✓' : '✗'}: ` : ''}${o.outcome.measured}`);
  }
  return out;
}

/** Columns of claims.csv. */
export const CLAIMS_COLUMNS = ['scenario', 'seed', 'claim', 'holds', 'measured', 'mechanism'] as const;

/** Tidy rows of claims.csv: one per (seed, claim). */
export function claimsRows(
  scenario: string,
  claims: readonly ClaimResult[],
): Record<(typeof CLAIMS_COLUMNS)[number], string | number | boolean>[] {
  return claims.flatMap((c) =>
    c.outcomes.map((o) => ({
      scenario,
      seed: o.seed,
      claim: c.id,
      holds: o.outcome.holds,
      measured: o.outcome.measured,
      mechanism: c.mechanism,
    })),
  );
}
