/**
 * The short table `goodhart score` prints: per scorer, its top account, that account's score, how
 * many accounts share the top score, and how many distinct scores there are (a scorer with one
 * distinct score ranks nobody above anybody). No true influence is computed by `score`: for the
 * agreement with truth, `goodhart run` prints Spearman's ρ per scorer.
 */
import type { Scorer } from '../metrics/scorer.js';

/** Text lines of the table (aligned columns), one per scorer after a header and a rule. */
export function scoreSummaryLines(
  scorers: readonly Pick<Scorer, 'id'>[],
  scores: readonly Float64Array[],
  labels: readonly string[] | null,
): string[] {
  const head = ['scorer', 'top account', 'top score', 'tied at top', 'distinct scores'];
  const body = scorers.map((s, j) => {
    const sc = scores[j]!;
    let best = 0;
    for (let i = 1; i < sc.length; i++) if (sc[i]! > sc[best]!) best = i;
    let tied = 0;
    for (let i = 0; i < sc.length; i++) if (sc[i] === sc[best]) tied++;
    const distinct = new Set(sc).size;
    const name = sc.length === 0 ? '-' : labels ? `${best} ${labels[best] ?? ''}`.trim() : String(best);
    const top = sc.length === 0 ? '-' : String(Number(sc[best]!.toPrecision(4)));
    return [s.id, name, top, String(tied), String(distinct)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const fmt = (r: readonly string[]) =>
    r
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt)];
}
