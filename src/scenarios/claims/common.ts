/**
 * Claim builders shared by several scenarios: an attack lifts its targets under some scorers
 * compared with the no-gaming run of the same seed, and an attack does not raise its targets'
 * true influence. Percentiles are among real people (mid-ranks); the control run has the same
 * real people at the same indices (attacks only add accounts after them).
 */
import { fmt, notCheckable, outcome, type Claim, type ClaimOutcome, type ClaimWorld } from './claim.js';
import { mean, meanPercentile } from './claim-stats.js';

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
 * "The attack does not raise its targets' true influence": mean truth of the targets in the gamed
 * run < 1.1 × (control's) + 0.02 — 10% and 0.02 people of slack for the truth estimate's noise
 * (its precision is 0.02 relative: docs/truth.md).
 */
export function truthDoesNotRise(id: string, text: string, attacks: readonly string[], mechanism: string): Claim {
  return {
    id,
    text,
    mechanism,
    needsControl: true,
    evaluate: (w, control) =>
      withTargets(w, control, attacks, (c) => {
        const parts: string[] = [];
        const values: Record<string, number> = {};
        const checks: boolean[] = [];
        for (const a of attacks) {
          const gamed = targetTruth(w, a);
          const base = targetTruth(c, a, w);
          values[`${a}.truth`] = gamed;
          values[`${a}.controlTruth`] = base;
          checks.push(gamed < base * 1.1 + 0.02);
          parts.push(`${a} targets' mean truth ${fmt(gamed, 3)} vs ${fmt(base, 3)} without gaming`);
        }
        return outcome(`${parts.join('; ')} (needs < 1.1× + 0.02)`, values, ...checks);
      }),
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
