/**
 * Acceptance tests: the claims of attention-vs-influence and silent-majority, judged by the
 * scenarios' own claim code on three seeds at the scenarios' default sizes. They fail if the
 * simulation stops supporting the story the report tells.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/model/roles.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { finalWorld, judge, noGaming, type FinalWorld } from './claims-helpers.js';
import { spearmanAmong } from '../../src/scenarios/claims/claim-stats.js';

const SEEDS = [1, 2, 3];

describe('attention-vs-influence: the million follower fallacy', () => {
  let worlds: FinalWorld[];
  beforeAll(() => {
    worlds = SEEDS.map((s) => finalWorld('attention-vs-influence', s));
  });

  it('states its claims', () => {
    expect(getScenario('attention-vs-influence').claims?.map((c) => c.id)).toEqual([
      'top-decile-gap',
      'bought-into-top10',
      'broadcasters-over-ranked',
    ]);
  });

  it.each(['top-decile-gap', 'bought-into-top10', 'broadcasters-over-ranked'])('claim %s holds on every seed', (id) => {
    for (const w of worlds) {
      const o = judge('attention-vs-influence', id, w);
      expect(o.holds, o.measured).toBe(true);
    }
  });

  it('ablation: with the mechanism off (no followers bought or farmed) the bought-into-top10 claim fails on every seed', () => {
    // The claim credits bought followers. Same seeds, same world, every attack budget at 0: no
    // gamer reaches the follower-count top 10, so the claim must not hold. (Checked: it does hold
    // with the mechanism on, above.)
    for (const s of SEEDS) {
      const off = finalWorld('attention-vs-influence', s, { attacks: noGaming('attention-vs-influence') });
      const o = judge('attention-vs-influence', 'bought-into-top10', off);
      expect(o.holds, o.measured).toBe(false);
      expect(o.values.byFollowers).toBeLessThan(2);
    }
  });

  it('top-decile-gap: the drop at the top is range restriction — a random 10% shows no gap, and the copula null predicts the drop', () => {
    // Ablation of the mechanism the claim now names (selection on followers): the same ρ over a random
    // 10% of real people (no selection) stays within 0.1 of the overall ρ, so the gap needs the selection.
    // And the Gaussian-copula null with the same overall ρ predicts most of the drop on every seed
    // (at this test's truth precision 0.05: top-10% ρ 0.30/0.36/0.24 against null means 0.37/0.37/0.34,
    // overall 0.73/0.73/0.70; random 10%: 0.67/0.74/0.68): nothing beyond selection is needed to explain it. Checked by hand: replacing the null's
    // band test with a fixed 0.2 gap (the claim as first written) passes whatever drives the drop.
    for (const w of worlds) {
      const o = judge('attention-vs-influence', 'top-decile-gap', w);
      const fc = w.score('follower-count');
      const rng = w.nullRng('test-random-decile');
      const pool = Array.from(w.real);
      for (let i = pool.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      const random = spearmanAmong(fc, w.truth, pool.slice(0, Math.round(pool.length * 0.1)));
      expect(Math.abs(random - o.values.overall!)).toBeLessThan(0.1);
      // Range restriction alone accounts for most of the drop: the null's gap is ≥ 70% of the observed one.
      expect((o.values.overall! - o.values.nullMean!) / (o.values.overall! - o.values.atTop!)).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('broadcasters-over-ranked: by a clear margin over the three seeds together', () => {
    const sum = (k: string) => worlds.reduce((s, w) => s + judge('attention-vs-influence', 'broadcasters-over-ranked', w).values[k]!, 0);
    expect(sum('klout')).toBeGreaterThan(sum('truth') + 3);
  });
});

describe('silent-majority: moved without a trace', () => {
  let worlds: FinalWorld[];
  beforeAll(() => {
    worlds = SEEDS.map((s) => finalWorld('silent-majority', s));
  });

  it('has no gaming at all', () => {
    for (const w of worlds) {
      expect(w.result.attacks).toHaveLength(0);
      expect(w.role.some((r) => r === Role.gamer || r === Role.bot || r === Role.sybil)).toBe(false);
    }
  });

  it.each(['moved-outnumber-reactions', 'reactions-below-followers'])('claim %s holds on every seed', (id) => {
    for (const w of worlds) {
      const o = judge('silent-majority', id, w);
      expect(o.holds, o.measured).toBe(true);
    }
  });

  it('claim influential-but-invisible holds on all seeds but at most one, and on average', () => {
    // A claim about typical worlds: on seeds 1..40 it held in all 40 (mean 2.6 of the true top 10
    // outside), but under a statistically equivalent re-draw of the cascades in only 37 of 40.
    const outs = worlds.map((w) => judge('silent-majority', 'influential-but-invisible', w));
    expect(outs.reduce((a, o) => a + o.values.outside!, 0)).toBeGreaterThanOrEqual(worlds.length);
    expect(outs.filter((o) => o.holds).length).toBeGreaterThanOrEqual(worlds.length - 1);
  });
});
