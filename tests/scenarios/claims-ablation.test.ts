/**
 * Acceptance tests: each scenario claim against the mechanism it names (issue 14, items 1–3).
 * For every claim the mechanism is switched off — a world setting, a scorer setting or a scorer
 * version — and the claim must then fail on every seed, while it holds with the mechanism on
 * (the claims-*.test.ts files check that on the same seeds). Where the audit found a different
 * mechanism, the arm that the story used to credit is run too and the claim must survive it.
 * Each test says how it was checked to fail: by reverting the claim to its first wording, or by
 * removing the check that the ablation breaks, and seeing this test go red.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makeKloutLike } from '../../src/metrics/klout-like.js';
import { makeReciprocalTies } from '../../src/metrics/reciprocal-ties.js';
import type { ClaimWorld } from '../../src/scenarios/claims/claim.js';
import { controlWorld, finalWorld, judge, type FinalWorld } from './claims-helpers.js';

const SEEDS = [1, 2];

/** `w` with scorer `id` replaced by `scores(w)` (a scorer setting or version switched). */
function withScorer(w: ClaimWorld, id: string, scores: (w: ClaimWorld) => Float64Array): ClaimWorld {
  const s = scores(w);
  return { ...w, score: (x: string) => (x === id ? s : w.score(x)) };
}

describe('silent-majority: invisibility vs posting sparsity', () => {
  const visible = { activity: { lurkerVisibility: 1, contributorVisibility: 1, creatorVisibility: 1 } };
  const posting = { activity: { lurkerPosts: 0.25 } };
  let on: FinalWorld[];
  let allVisible: FinalWorld[];
  let morePosts: FinalWorld[];
  beforeAll(() => {
    on = SEEDS.map((s) => finalWorld('silent-majority', s));
    allVisible = SEEDS.map((s) => finalWorld('silent-majority', s, visible));
    morePosts = SEEDS.map((s) => finalWorld('silent-majority', s, posting));
  });

  it('moved-outnumber-reactions: holds, and fails once every moved person reacts (its mechanism, invisibility, off)', () => {
    // Checked: with the ×3 criterion replaced by ×0.3 the ablation arm holds and this test fails.
    for (let k = 0; k < SEEDS.length; k++) {
      expect(judge('silent-majority', 'moved-outnumber-reactions', on[k]!).holds).toBe(true);
      expect(judge('silent-majority', 'moved-outnumber-reactions', allVisible[k]!).holds).toBe(false);
      // Posting more does not make influence visible: the claim survives that arm.
      expect(judge('silent-majority', 'moved-outnumber-reactions', morePosts[k]!).holds).toBe(true);
    }
  });

  it.each(['reactions-below-followers', 'influential-but-invisible'])(
    '%s: driven by posting sparsity — fails when lurkers post 0.25 a tick, survives every moved person reacting',
    (id) => {
      // Measured (seeds 1-3, precision 0.05): reactions-received ρ 0.29-0.36 by default, 0.33-0.42
      // with every moved person reacting, 0.61 with lurkers posting 0.25 a tick; follower count
      // 0.72-0.76 throughout. Checked: with the claim's gap back at its first 0.10 the posting arm
      // still holds (0.61 < 0.64) and this test fails.
      for (let k = 0; k < SEEDS.length; k++) {
        const o = judge('silent-majority', id, on[k]!);
        expect(o.holds, o.measured).toBe(true);
        const v = judge('silent-majority', id, allVisible[k]!);
        expect(v.holds, v.measured).toBe(true);
        const p = judge('silent-majority', id, morePosts[k]!);
        expect(p.holds, p.measured).toBe(false);
      }
    },
  );

  it('posting, not visibility, lifts the reaction scores towards the truth', () => {
    for (let k = 0; k < SEEDS.length; k++) {
      const rho = (w: FinalWorld) => judge('silent-majority', 'reactions-below-followers', w).values['reactions-received']!;
      const base = rho(on[k]!);
      expect(rho(morePosts[k]!) - base).toBeGreaterThan(0.2);
      expect(rho(allVisible[k]!) - base).toBeLessThan(0.15);
    }
  });
});

describe('engagement-pod: reciprocal ties is blind, not fooled; truth can rise where discovery is strong', () => {
  let pairs: { gamed: FinalWorld; control: FinalWorld }[];
  beforeAll(() => {
    pairs = SEEDS.map((s) => ({ gamed: finalWorld('engagement-pod', s), control: controlWorld('engagement-pod', s) }));
  });

  it('reciprocal-ties-blind: the members sit exactly where any 12 accounts made the only non-zero ones would', () => {
    for (const { gamed, control } of pairs) {
      const o = judge('engagement-pod', 'reciprocal-ties-blind', gamed, control);
      expect(o.holds, o.measured).toBe(true);
      expect(o.values.honestScored).toBe(0);
      expect(o.values.percentile! - o.values.controlPercentile!).toBeGreaterThan(0.15);
      expect(Math.abs(o.values.percentile! - o.values.nullMean!)).toBeLessThan(0.01);
    }
  });

  it('reciprocal-ties-blind fails once honest reciprocity is visible to the scorer (likes counted, one interaction each way)', () => {
    // The mechanism: honest people seldom interact twice each way without likes. A looser scorer
    // sees 42-50 honest people with ties on seeds 1-2 (over 1%), so "blind" no longer holds.
    // Checked: dropping the claim's "≤ 1% of real people scored" check makes this test fail.
    const loose = makeReciprocalTies({ includeLikes: true, minEach: 1 });
    const swap = (w: ClaimWorld) => withScorer(w, 'reciprocal-ties', (x) => loose.score(x.final.observation));
    for (const { gamed, control } of pairs) {
      const o = judge('engagement-pod', 'reciprocal-ties-blind', swap(gamed), swap(control));
      expect(o.holds, o.measured).toBe(false);
      expect(o.values.honestScored).toBeGreaterThan(0.01 * gamed.real.length);
    }
  });

  it('truth-barely-rises cannot be judged with discovery follows off (it could not fail there)', () => {
    const ov = { activity: { triadicShare: 1 } };
    const o = judge('engagement-pod', 'truth-barely-rises', finalWorld('engagement-pod', 1, ov), controlWorld('engagement-pod', 1, ov));
    expect(o.holds).toBe(false);
    expect(o.measured).toMatch(/cannot be checked.*discovery follows are off/);
  });

  it('truth-barely-rises fails where gaming buys real exposure: every follow by discovery, at 20× the follow rate', () => {
    // Here the pod's activity wins its members real followers: their truth ×1.63 and ×1.45 of the
    // no-pod run on seeds 1-2 (×3.12 on seed 3). Checked: raising MAX_TRUTH_RISE to 2 makes this test fail.
    const ov = { activity: { triadicShare: 0, followRateScale: 20 } };
    for (const s of SEEDS) {
      const o = judge('engagement-pod', 'truth-barely-rises', finalWorld('engagement-pod', s, ov), controlWorld('engagement-pod', s, ov));
      expect(o.holds, o.measured).toBe(false);
      expect(o.values['engagement-pod.ratio']).toBeGreaterThan(1.25);
    }
  });
});

describe('algorithm-change: what v2 changes', () => {
  let worlds: FinalWorld[];
  beforeAll(() => {
    worlds = SEEDS.map((s) => finalWorld('algorithm-change', s));
  });
  const noVolume = (w: ClaimWorld) =>
    withScorer(w, 'klout-like@v2', (x) => makeKloutLike('v2', { volumeWeight: 0 }).score(x.final.observation));

  it.each(['nephew-climbs', 'nephew-overtakes'])('%s fails with a v2 that does not count post volume', (id) => {
    // Measured: nephew's rank 12 → 4 and 20 → 5 under v2, 12 → 12 and 20 → 19 under v2 without volume.
    // Checked: with nephew-climbs back at "any better rank" seed 2 (20 → 19) holds and this test fails.
    for (const w of worlds) {
      expect(judge('algorithm-change', id, w).holds).toBe(true);
      const o = judge('algorithm-change', id, noVolume(w));
      expect(o.holds, o.measured).toBe(false);
    }
  });

  it('ranking-churns fails with no algorithm change (v1 against itself), and its distance is far above the old 0.02', () => {
    // Measured Kendall distances 0.30-0.32 (seeds 1-4), so the threshold is 0.20, not the first 0.02.
    // Checked: with the claim's Kendall check removed the no-change arm holds and this test fails.
    for (const w of worlds) {
      const o = judge('algorithm-change', 'ranking-churns', w);
      expect(o.holds, o.measured).toBe(true);
      expect(o.values.kendall).toBeGreaterThan(0.25);
      const same = withScorer(w, 'klout-like@v2', (x) => x.score('klout-like'));
      const off = judge('algorithm-change', 'ranking-churns', same);
      expect(off.holds, off.measured).toBe(false);
      expect(off.values.kendall).toBe(0);
    }
  });
});

describe('follow-back-farming: Collusionrank and the social capitalists', () => {
  // Capitalists who follow like anyone else: honest follow-back rate, average out-degree and follow rate.
  const ordinary = { roles: { capitalistFollowBack: 0.06, capitalistOutDegree: 1, capitalistFollowRate: 0.02 } };
  let on: FinalWorld[];
  let off: FinalWorld[];
  beforeAll(() => {
    on = SEEDS.map((s) => finalWorld('follow-back-farming', s));
    off = SEEDS.map((s) => finalWorld('follow-back-farming', s, ordinary));
  });

  it.each(['capitalists-pushed-down', 'collusionrank-costs-accuracy'])(
    '%s holds, and fails once social capitalists follow like anyone else',
    (id) => {
      // Measured (seeds 1-2): capitalists at percentile 0.05-0.07 by Collusionrank vs 0.61-0.64 by
      // truth; with ordinary capitalists 0.55-0.56 vs 0.44-0.51. Checked: dropping the capitalists'
      // check from collusionrank-costs-accuracy makes this test fail (its ρ gap stays).
      for (let k = 0; k < SEEDS.length; k++) {
        expect(judge('follow-back-farming', id, on[k]!).holds).toBe(true);
        const o = judge('follow-back-farming', id, off[k]!);
        expect(o.holds, o.measured).toBe(false);
      }
    },
  );

  it("Collusionrank's low overall ρ is its own: it stays far below PageRank's with ordinary capitalists", () => {
    for (const w of off) {
      const o = judge('follow-back-farming', 'collusionrank-costs-accuracy', w);
      expect(o.values.collusionrankRho!).toBeLessThan(o.values.pagerankRho! - 0.2);
    }
  });
});

describe('attention-vs-influence: broadcasters-over-ranked', () => {
  it('fails with no broadcasters (the audiences the attention scores count are gone)', () => {
    // Checked: with the claim's criterion "more in the Klout-like top 10" turned into "at least as
    // many" this holds (0 ≥ 0) and the test fails.
    for (const s of SEEDS) {
      const w = finalWorld('attention-vs-influence', s, { roles: { broadcaster: 0 } });
      const o = judge('attention-vs-influence', 'broadcasters-over-ranked', w);
      expect(o.holds, o.measured).toBe(false);
    }
  });
});
