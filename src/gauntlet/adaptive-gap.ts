/**
 * The adaptive attacker against the best fixed attack, for any scorer — a registered one, a file,
 * or an external program that the attacker can only call (`cmd:`, src/metrics/command-scorer.ts):
 *
 *   for each budget B > 0 of the `adaptive` attack:
 *     adaptive  = its mean rank lift of the targets at B
 *     bestFixed = the highest mean rank lift of a fixed attack whose ladder has B
 *     gap       = adaptive − bestFixed   (> 0: adapting to this scorer bought more than any fixed plan)
 *
 * Budgets are compared only where they are equal: the adaptive attacker plays the fixed attacks
 * themselves at the same cost per unit (docs/gauntlet.md), so budget B of `adaptive` is B units of
 * whichever attack it plays; a fixed attack whose ladder lacks B is not compared (no
 * interpolation), and `compared` names those that were. Rank lift is the measure the adaptive
 * attacker maximises and the one tests/gauntlet/adaptive-dominance.test.ts checks.
 * Source: docs/gauntlet.md, "Known result: adaptive ≥ best fixed attack".
 */
/** What the comparison reads of an attack's result (result.ts's AttackResult has these fields). */
export interface LiftLadder {
  readonly id: string;
  readonly rows: readonly { readonly budget: number; readonly measures: { readonly lift: { readonly mean: number | null } } }[];
}

/** The id of the adaptive attack in a suite. */
export const ADAPTIVE_ATTACK = 'adaptive';

/** One budget of the comparison. */
export interface AdaptiveGapRow {
  /** Budget in the adaptive attack's unit (actions) = units of the fixed attack it plays. */
  readonly budget: number;
  /** The adaptive attacker's mean rank lift of the targets (null: the scorer failed in every cell). */
  readonly adaptive: number | null;
  /** The fixed attack with the highest mean rank lift at this budget (null: none compared). */
  readonly bestFixed: { readonly attack: string; readonly lift: number } | null;
  /** Fixed attacks whose ladder has this budget and a mean lift there. */
  readonly compared: readonly string[];
  /** adaptive − bestFixed.lift, in rank-lift units (−1..1); null when either is missing. */
  readonly gap: number | null;
}

/** The whole comparison: rank lift, one row per budget of the adaptive attack above 0. */
export interface AdaptiveGap {
  readonly measure: 'lift';
  readonly rows: readonly AdaptiveGapRow[];
}

/** The comparison for one scorer's attacks; null when the suite has no adaptive attack. */
export function adaptiveGap(attacks: readonly LiftLadder[]): AdaptiveGap | null {
  const adaptive = attacks.find((a) => a.id === ADAPTIVE_ATTACK);
  if (!adaptive) return null;
  const fixed = attacks.filter((a) => a.id !== ADAPTIVE_ATTACK);
  const rows = adaptive.rows
    .filter((r) => r.budget > 0)
    .map((r): AdaptiveGapRow => {
      let best: { attack: string; lift: number } | null = null;
      const compared: string[] = [];
      for (const a of fixed) {
        const lift = a.rows.find((x) => x.budget === r.budget)?.measures.lift.mean ?? null;
        if (lift === null) continue;
        compared.push(a.id);
        if (best === null || lift > best.lift) best = { attack: a.id, lift };
      }
      const mine = r.measures.lift.mean;
      return { budget: r.budget, adaptive: mine, bestFixed: best, compared, gap: mine !== null && best !== null ? mine - best.lift : null };
    });
  return { measure: 'lift', rows };
}

const f3 = (v: number | null) => (v === null ? '–' : v.toFixed(3));
const signed = (v: number | null) => (v === null ? '–' : `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(3)}`);

/** One line per budget, e.g. `budget 200: adaptive 0.638, best fixed 0.640 (engaging-bots), gap −0.002`. */
export function adaptiveGapLines(gap: AdaptiveGap): string[] {
  return gap.rows.map((r) =>
    r.bestFixed === null
      ? `budget ${r.budget}: adaptive ${f3(r.adaptive)}, no fixed attack has this budget`
      : `budget ${r.budget}: adaptive ${f3(r.adaptive)}, best fixed ${f3(r.bestFixed.lift)} (${r.bestFixed.attack}), gap ${signed(r.gap)}`,
  );
}

/** The comparison as a report table (columns and rows of strings). */
export function adaptiveGapTable(gap: AdaptiveGap): { columns: string[]; rows: (string | number)[][] } {
  return {
    columns: ['budget', 'adaptive rank lift', 'best fixed rank lift', 'best fixed attack', 'gap (adaptive − best)', 'compared with'],
    rows: gap.rows.map((r) => [
      r.budget,
      f3(r.adaptive),
      f3(r.bestFixed?.lift ?? null),
      r.bestFixed?.attack ?? '–',
      signed(r.gap),
      r.compared.join(', ') || '–',
    ]),
  };
}
