/**
 * The claim contract: a scenario's claim is a hypothesis checked on every run, not a caption.
 * A claim names the mechanism its story credits, and `evaluate` measures it on one finished run
 * (and, when the claim compares with "the same world without gaming", on that control run too),
 * returning whether it holds and the numbers it was judged on. Reports print ✓ or ✗ from this.
 * A claim also names the truth it is judged under (default: per-message spread); the run judges it
 * under every other truth it computed too, and says where the verdict differs (issue 14, item 6).
 */
import type { RunConfig } from '../../engine/config.js';
import type { TickStats } from '../../engine/world.js';
import type { Snapshot } from '../../engine/simulate.js';
import type { Rng } from '../../rng.js';

/**
 * The truth definitions a claim can be judged under, as in truths.csv (src/pipeline/truths.ts):
 * `spread` expected real people one message moves (Independent Cascade), `realized` spread × the
 * person's expected posts per tick, `lt` Linear Threshold spread, `fj` Friedkin–Johnsen opinion
 * shift, `removal` spread lost to everyone else when the person is removed (≤ 5,000 accounts).
 */
export type ClaimTruthId = 'spread' | 'realized' | 'lt' | 'fj' | 'removal';

/** The truth a claim is judged under when it names none: per-message spread (the run's truth.csv). */
export const DEFAULT_CLAIM_TRUTH: ClaimTruthId = 'spread';

/** What a claim may read of a finished run: the final snapshot, its truth, scores on demand. */
export interface ClaimWorld {
  readonly final: Snapshot;
  /**
   * True influence at the final tick under the truth the claim is being judged under (by default
   * per-message spread: expected real people moved per message), one value per account.
   */
  readonly truth: Float64Array;
  /** Role code per account (src/model/roles.ts). */
  readonly role: Uint8Array;
  /** Real people's indices, ascending. */
  readonly real: Uint32Array;
  /** Per-tick counters of the run. */
  readonly ticks: readonly TickStats[];
  /** The run's resolved settings (a claim may say it cannot be falsified under some of them). */
  readonly config: RunConfig;
  /** Scores of any registered scorer id at the final tick (computed once, on demand). */
  score(id: string): Float64Array;
  /** Targets of the run's attack `id` (empty when the run has no such attack). */
  targets(id: string): Uint32Array;
  /** The seeded stream of claim `claimId`'s null model (the same draws for the same run seed). */
  nullRng(claimId: string): Rng;
}

/** The outcome of one claim on one run. */
export interface ClaimOutcome {
  readonly holds: boolean;
  /** The measured numbers and the criterion, one short line (e.g. "ρ 0.31 in the top 10% vs 0.72 overall; needs a gap ≥ 0.20"). */
  readonly measured: string;
  /** The numbers by name, for claims.csv and for tests that aggregate over seeds. */
  readonly values: Readonly<Record<string, number>>;
}

/** One claim of a scenario. */
export interface Claim {
  /** kebab-case, unique within the scenario. */
  readonly id: string;
  /** One sentence, as the report prints it. */
  readonly text: string;
  /** The model mechanism the story credits for it (what an ablation would switch off). */
  readonly mechanism: string;
  /** The truth the claim holds under, and its report verdict ({@link DEFAULT_CLAIM_TRUTH} when absent). */
  readonly truth?: ClaimTruthId | undefined;
  /** True when `evaluate` needs the same seed's run with every attack budget at 0. */
  readonly needsControl?: boolean;
  /** Judge the claim on one run (`control`: the no-gaming run of the same seed, when `needsControl`). */
  evaluate(world: ClaimWorld, control?: ClaimWorld): ClaimOutcome;
}

/** Build an outcome from named checks: holds when every check passes. */
export function outcome(measured: string, values: Record<string, number>, ...checks: boolean[]): ClaimOutcome {
  return { holds: checks.every(Boolean), measured, values };
}

/** The outcome of a claim that cannot be judged on this run (a missing attack, no targets): it does not hold. */
export function notCheckable(reason: string): ClaimOutcome {
  return { holds: false, measured: `cannot be checked on this run: ${reason}`, values: {} };
}

/** Format a number for a claim's measured line (fixed digits; "n/a" when not finite). */
export function fmt(x: number, digits = 2): string {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}
