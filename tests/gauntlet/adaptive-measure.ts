/**
 * Shared by the adaptive-dominance test and bench: mean rank lift over seeds of every fixed attack
 * and of the adaptive attacker, per scorer, at one budget on a small world.
 */
import { ATTACKS } from '../../src/attacks/registry.js';
import { runCell } from '../../src/gauntlet/cell.js';
import type { Suite, SuiteAttack } from '../../src/gauntlet/suite.js';
import { smoke } from '../../src/gauntlet/suites/smoke.js';
import type { Scorer } from '../../src/metrics/scorer.js';

/** Fixed attacks compared, with the fleet sizes the adaptive attacker is given too. */
export const FLEET = { bots: 10, sybils: 30 } as const;
const common = { targets: 4, rampTicks: 6 } as const;
/** Every attack the adaptive attacker may play (from the registry), each with the fleet sizes it takes. */
export const FIXED: readonly SuiteAttack[] = ATTACKS.filter((a) => a.adaptiveStrategy).map((a) => ({
  id: a.id,
  params: { ...common, ...('bots' in a.params ? { bots: FLEET.bots } : {}), ...('sybils' in a.params ? { sybils: FLEET.sybils } : {}) },
  budgets: [0],
}));
const ADAPTIVE: SuiteAttack = { id: 'adaptive', params: { ...common, ...FLEET, replanEvery: 3 }, budgets: [0] };

/** The comparison suite: smoke's 300-person world, given seeds. */
export function dominanceSuite(seeds: readonly number[], adaptiveParams: Record<string, number> = {}): Suite {
  return {
    ...smoke,
    id: 'adaptive-dominance',
    seeds,
    attacks: [...FIXED, { ...ADAPTIVE, params: { ...ADAPTIVE.params, ...adaptiveParams } }],
  };
}

export interface DominanceRow {
  scorer: string;
  /** Mean lift per fixed attack id. */
  fixed: Record<string, number>;
  adaptive: number;
  /** Per-seed lifts (same order as seeds): adaptive, and the best fixed attack by mean. */
  perSeed: Record<string, number[]>;
}

/** Mean lift over `seeds` at `budget`, for every scorer: each fixed attack, and adaptive. */
export function measureDominance(
  scorers: readonly Scorer[],
  budget: number,
  seeds: readonly number[],
  adaptiveParams: Record<string, number> = {},
): DominanceRow[] {
  const suite = dominanceSuite(seeds, adaptiveParams);
  const rows: DominanceRow[] = scorers.map((s) => ({ scorer: s.id, fixed: {}, adaptive: 0, perSeed: {} }));
  const lift = (o: ReturnType<typeof runCell>[number], who: string) => {
    if (!o.ok) throw new Error(`${who}: ${o.reason}`);
    return o.measures.lift / seeds.length;
  };
  for (const seed of seeds) {
    suite.attacks.forEach((a, ai) => {
      runCell(suite, { world: 0, attack: ai, budget, seed }, scorers).forEach((o, i) => {
        const r = rows[i]!;
        if (o.ok) {
          r.perSeed[a.id] ??= [];
          r.perSeed[a.id]!.push(o.measures.lift);
        }
        if (a.id === 'adaptive') r.adaptive += lift(o, `${r.scorer} under adaptive`);
        else r.fixed[a.id] = (r.fixed[a.id] ?? 0) + lift(o, `${r.scorer} under ${a.id}`);
      });
    });
  }
  return rows;
}

/** Adaptive against the best fixed attack (by seed-mean lift), paired by seed. */
export interface DominanceVerdict {
  readonly best: string;
  /** Seed-mean lifts. */
  readonly adaptive: number;
  readonly bestLift: number;
  /** Mean over seeds of (adaptive − best) and its standard error (paired by seed). */
  readonly diff: number;
  readonly se: number;
  /** Allowed shortfall: max(tolerance, 2 standard errors). */
  readonly allowed: number;
  readonly holds: boolean;
}

/**
 * The dominance verdict for one scorer: adaptive holds when its mean lift falls short of the best
 * fixed attack's by no more than `tolerance` or two standard errors of the paired per-seed
 * difference, whichever is larger (a shortfall within the seed-to-seed noise is not evidence of
 * one). Reference: Student (1908), paired differences.
 */
export function dominanceVerdict(r: DominanceRow, tolerance: number): DominanceVerdict {
  const [best, bestLift] = Object.entries(r.fixed).sort((a, b) => b[1] - a[1])[0]!;
  const a = r.perSeed.adaptive ?? [];
  const b = r.perSeed[best] ?? [];
  const d = a.map((x, i) => x - b[i]!);
  const n = d.length;
  const diff = d.reduce((s, x) => s + x, 0) / n;
  const sd = n > 1 ? Math.sqrt(d.reduce((s, x) => s + (x - diff) ** 2, 0) / (n - 1)) : 0;
  const se = sd / Math.sqrt(n);
  const allowed = Math.max(tolerance, 2 * se);
  return { best, adaptive: r.adaptive, bestLift, diff, se, allowed, holds: diff >= -allowed };
}
