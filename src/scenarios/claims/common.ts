/**
 * Claim builders shared by several scenarios: an attack lifts its targets under some scorers
 * compared with the no-gaming run of the same seed, and an attack raises its targets' true
 * influence by little even where activity can buy real exposure (discovery follows on). Percentiles are among real people (mid-ranks); the control run has the same
 * real people at the same indices (attacks only add accounts after them).
 */
import { Role } from '../../model/roles.js';
import type { Rng } from '../../rng.js';
import { fmt, notCheckable, outcome, type Claim, type ClaimOutcome, type ClaimWorld } from './claim.js';
import { band, mean, meanPercentile, type NullBand } from './claim-stats.js';

/** Mean percentile of `attack`'s targets (taken from `from`) under `scorer` ('truth' for true influence) in `w`. */
export function targetPercentile(w: ClaimWorld, scorer: string, attack: string, from: ClaimWorld = w): number {
  return meanPercentile(scorer === 'truth' ? w.truth : w.score(scorer), w.real, from.targets(attack));
}

/** Mean true influence of `attack`'s targets (taken from `from`) in `w`. */
export function targetTruth(w: ClaimWorld, attack: string, from: ClaimWorld = w): number {
  return mean([...from.targets(attack)].map((i) => w.truth[i]!));
}

/** Run `f` when the attack has targets and a control run is given; else a not-checkable outcome. */
export function withTargets(
  w: ClaimWorld,
  control: ClaimWorld | undefined,
  attacks: readonly string[],
  f: (control: ClaimWorld) => ClaimOutcome,
): ClaimOutcome {
  if (!control) return notCheckable('no control run');
  const empty = attacks.filter((a) => w.targets(a).length === 0);
  if (empty.length > 0) return notCheckable(`no targets of ${empty.join(', ')}`);
  return f(control);
}

/**
 * How far an attack may raise its targets' true influence (gamed ÷ no-gaming mean truth) for a
 * "truth barely rises" claim to hold: ×1.25 (illustrative). With discovery follows on (the default
 * triadicShare 0.6) the pod's members reach ×1.09–×1.12 at the report's truth precision (0.02, seeds
 * 1–3) and the other attacks' targets ×0.94–×1.08 at the tests' (0.05, seeds 1–4); with every new
 * follow by discovery at twenty times the follow rate the pod's members reach ×1.45–×3.12.
 */
export const MAX_TRUTH_RISE = 1.25;

/** Draws of the truth-rise null (random groups of honest people); its band is their 2.5th–97.5th percentiles (illustrative). */
const TRUTH_NULL_REPLICATES = 200;

/**
 * The divergence null of a truth-rise claim: two runs of one seed that differ by an attack drift
 * apart everywhere once follows depend on activity (discovery). The ratio of mean truth (gamed ÷
 * control) of `k` random honest people other than the targets, over `reps` draws: mean and central
 * 95% band. A targets' ratio inside the band is a rise any group of k people saw.
 */
export function truthRatioNull(w: ClaimWorld, c: ClaimWorld, k: number, exclude: ReadonlySet<number>, rng: Rng, reps: number): NullBand {
  const pool = [...w.real].filter((i) => w.role[i] === Role.honest && !exclude.has(i));
  const out: number[] = [];
  for (let r = 0; r < reps; r++) {
    let g = 0;
    let b = 0;
    for (let j = 0; j < k; j++) {
      const i = pool[rng.int(pool.length)]!;
      g += w.truth[i]!;
      b += c.truth[i]!;
    }
    out.push(g / b);
  }
  return band(out);
}

/**
 * "The attack raises its targets' true influence by little, even where it could buy real exposure":
 * the claim cannot be judged when discovery follows are off (`activity.triadicShare` 1: no follow
 * depends on activity, so gaming cannot change truth and the claim could not fail). Otherwise it
 * holds when, for every attack, the targets' mean truth in the gamed run is below
 * {@link MAX_TRUTH_RISE} × the same accounts' mean truth in the no-gaming control; the measured line
 * also prints the divergence null ({@link truthRatioNull}) for scale.
 */
export function truthRiseBounded(id: string, text: string, attacks: readonly string[], mechanism: string): Claim {
  return {
    id,
    text,
    mechanism,
    needsControl: true,
    evaluate: (w, control) => {
      if (w.config.activity.triadicShare >= 1)
        return notCheckable(
          'discovery follows are off (activity.triadicShare 1): no follow depends on activity, so gaming cannot move true influence and the claim could not fail',
        );
      return withTargets(w, control, attacks, (c) => {
        const parts: string[] = [];
        const values: Record<string, number> = { triadicShare: w.config.activity.triadicShare };
        const checks: boolean[] = [];
        for (const a of attacks) {
          const targets = w.targets(a);
          const ratio = targetTruth(w, a) / targetTruth(c, a, w);
          const nul = truthRatioNull(w, c, targets.length, new Set(targets), w.nullRng(`${id}/${a}`), TRUTH_NULL_REPLICATES);
          values[`${a}.truth`] = targetTruth(w, a);
          values[`${a}.controlTruth`] = targetTruth(c, a, w);
          values[`${a}.ratio`] = ratio;
          values[`${a}.nullLo`] = nul.lo;
          values[`${a}.nullHi`] = nul.hi;
          checks.push(ratio < MAX_TRUTH_RISE);
          parts.push(
            `${a} targets' mean truth ×${fmt(ratio)} of the no-gaming run (any ${targets.length} honest people: ×${fmt(nul.lo)}–×${fmt(nul.hi)})`,
          );
        }
        return outcome(
          `${parts.join('; ')}; discovery follows on (triadicShare ${fmt(w.config.activity.triadicShare)}) (needs < ×${fmt(MAX_TRUTH_RISE)})`,
          values,
          ...checks,
        );
      });
    },
  };
}

/**
 * "The attack lifts its targets under these scorers": for each scorer, the targets' mean
 * percentile rises by more than `minLift` over the control, and (when given) ends above `minPercentile`.
 */
export function liftsUnder(
  id: string,
  text: string,
  attack: string,
  scorers: readonly string[],
  minLift: number,
  minPercentile: number | undefined,
  mechanism: string,
): Claim {
  return {
    id,
    text,
    mechanism,
    needsControl: true,
    evaluate: (w, control) =>
      withTargets(w, control, [attack], (c) => {
        const parts: string[] = [];
        const values: Record<string, number> = {};
        const checks: boolean[] = [];
        for (const s of scorers) {
          const up = targetPercentile(w, s, attack);
          const base = targetPercentile(c, s, attack, w);
          values[`${s}.percentile`] = up;
          values[`${s}.controlPercentile`] = base;
          checks.push(up > base + minLift);
          if (minPercentile !== undefined) checks.push(up > minPercentile);
          parts.push(`${s} ${fmt(base)} → ${fmt(up)}`);
        }
        const need = `needs a rise > ${fmt(minLift)}${minPercentile !== undefined ? ` to above ${fmt(minPercentile)}` : ''}`;
        return outcome(`targets' mean percentile without → with gaming: ${parts.join('; ')} (${need})`, values, ...checks);
      }),
  };
}
