/**
 * How claims are shown: ✓ or ✗ with the numbers each was judged on, in the report, in the
 * terminal summary and as tidy rows in claims.csv. A claim "holds" for a replicate run only when
 * it holds on every seed; the count of seeds is always printed beside it.
 */
import type { ReportTable } from '../report/tables.js';
import type { ClaimResult, ClaimTruthOutcomes } from './claims.js';
import type { ClaimTruthId } from '../scenarios/claims/claim.js';
import { TRUTH_KINDS } from './truths.js';

/** A truth's short name for verdict lines ("spread", "realized", "LT", "FJ", "removal"). */
export function truthShort(id: ClaimTruthId): string {
  return TRUTH_KINDS.find((t) => t.id === id)?.short ?? id;
}

/** "a", "a and b", "a, b and c". */
function andList(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** "holds", "fails" or "holds on k of n seeds" for one truth's outcomes. */
function status(o: ClaimTruthOutcomes): string {
  const n = o.outcomes.length;
  const k = o.outcomes.filter((x) => x.outcome.holds).length;
  return k === n ? 'holds' : k === 0 ? 'fails' : `holds on ${k} of ${n} seeds`;
}

/**
 * The claim under the truths it does not name, compactly: "also holds under realized and LT;
 * fails under FJ and removal", or "reads no true influence: the same under every truth"; empty
 * when only the named truth was judged.
 */
export function otherTruthsPhrase(c: ClaimResult): string {
  if (c.truthFree) return 'reads no true influence: the same under every truth';
  if (c.otherTruths.length === 0) return '';
  const groups = new Map<string, string[]>();
  for (const o of c.otherTruths) {
    const st = status(o);
    groups.set(st, [...(groups.get(st) ?? []), truthShort(o.truth)]);
  }
  const named = status({ truth: c.truth, outcomes: c.outcomes });
  // The truths agreeing with the named one first ("also holds under …"), then the others in truths.csv order.
  return [...groups]
    .sort(([a], [b]) => Number(b === named) - Number(a === named))
    .map(([st, ts]) => `${st === named ? `also ${st}` : st} under ${andList(ts)}`)
    .join('; ');
}

/** "✓" when the claim holds on every seed, else "✗". */
export function claimMark(c: ClaimResult): string {
  return c.outcomes.every((o) => o.outcome.holds) ? '✓' : '✗';
}

/** "holds" / "does not hold" for one seed, or "holds on k of n seeds", under the claim's named truth ("(under spread)"). */
export function claimVerdict(c: ClaimResult): string {
  const n = c.outcomes.length;
  const k = c.outcomes.filter((o) => o.outcome.holds).length;
  const under = c.truthFree ? '' : ` under ${truthShort(c.truth)}`;
  if (n === 1) return `${k === 1 ? 'holds' : 'does not hold'}${under}`;
  return `holds on ${k} of ${n} seeds${under}`;
}

/** The verdict with the other truths' phrase after it, for one line. */
function fullVerdict(c: ClaimResult): string {
  const other = otherTruthsPhrase(c);
  return other ? `${claimVerdict(c)}; ${other}` : claimVerdict(c);
}

/** The report's claims table: mark, claim, verdict, and the measured numbers per seed. */
export function claimsReportTable(claims: readonly ClaimResult[]): ReportTable {
  return {
    columns: ['', 'claim', 'in this run', 'measured'],
    rows: claims.map((c) => [
      claimMark(c),
      c.text,
      fullVerdict(c),
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
    out.push(`${claimMark(c)} ${c.text} (${fullVerdict(c)})`);
    for (const o of c.outcomes)
      out.push(`    ${c.outcomes.length > 1 ? `seed ${o.seed} ${o.outcome.holds ? '✓' : '✗'}: ` : ''}${o.outcome.measured}`);
  }
  return out;
}

/** Columns of claims.csv. */
export const CLAIMS_COLUMNS = ['scenario', 'seed', 'claim', 'truth', 'named', 'holds', 'measured', 'mechanism'] as const;

/**
 * Tidy rows of claims.csv: one per (claim, truth, seed), the claim's named truth first (`named`
 * true: the report's ✓/✗), then every other truth the run computed; a claim that reads no true
 * influence has its named truth's rows only.
 */
export function claimsRows(
  scenario: string,
  claims: readonly ClaimResult[],
): Record<(typeof CLAIMS_COLUMNS)[number], string | number | boolean>[] {
  return claims.flatMap((c) =>
    [{ truth: c.truth, outcomes: c.outcomes }, ...(c.truthFree ? [] : c.otherTruths)].flatMap((t, i) =>
      t.outcomes.map((o) => ({
        scenario,
        seed: o.seed,
        claim: c.id,
        truth: t.truth,
        named: i === 0,
        holds: o.outcome.holds,
        measured: o.outcome.measured,
        mechanism: c.mechanism,
      })),
    ),
  );
}
