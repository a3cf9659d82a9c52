/**
 * The adaptive attacker's rehearsal parts, hand-computed on tiny named worlds:
 * LookaheadWorld (copy-on-write public platform: records, never applies) and targetValue.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_BACK, LookaheadWorld, LOOKAHEAD_REPLY_RATE } from '../../src/attacks/adaptive/lookahead-world.js';
import { publicFollowBackRates } from '../../src/attacks/adaptive/follow-back.js';
import { buildObservation } from '../../src/model/observe.js';
import { Role } from '../../src/model/roles.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { simulate } from '../../src/engine/simulate.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { followGraphFromEdges } from '../../src/model/follow-graph.js';
import { LEAD_WEIGHT, targetMargin, targetValue } from '../../src/attacks/adaptive/rehearse.js';
import type { WorldActions } from '../../src/attacks/world-actions.js';

/** A frozen "real" platform with follows given as [u, v] (u follows v); actions throw. */
function frozen(n: number, base: number, follows: [number, number][]): WorldActions {
  const has = (u: number, v: number) => follows.some(([a, b]) => a === u && b === v);
  const no = () => {
    throw new Error('the rehearsal must not act on the real platform');
  };
  return {
    n,
    base,
    tick: 7,
    follows: has,
    followerCount: (v) => follows.filter(([, b]) => b === v).length,
    followingCount: (u) => follows.filter(([a]) => a === u).length,
    followeesOf: (u) => Uint32Array.from(follows.filter(([a]) => a === u).map(([, b]) => b)),
    followersOf: (v) => Uint32Array.from(follows.filter(([, b]) => b === v).map(([a]) => a)),
    postsThisTick: () => 0,
    follow: no,
    unfollow: no,
    react: no,
    post: no,
    solicit: no,
    paidPost: no,
  };
}

describe('LookaheadWorld', () => {
  // Real: 0 ↔ 1, 2 → 1. Accounts 0–3 are real (base 4), 4 is the attacker's bot; 3 is a target.
  const real = () =>
    frozen(5, 4, [
      [0, 1],
      [1, 0],
      [2, 1],
    ]);

  it('records follows and unfollows as edits, reads them back, and never touches the real platform', () => {
    const w = new LookaheadWorld(real(), new Set([3]));
    expect(w.follow(4, 3, 'bought')).toBe(true); // bot follows the target (no follow-back: target)
    expect(w.follow(4, 3, 'bought')).toBe(false); // already
    expect(w.follows(4, 3)).toBe(true);
    expect(w.followerCount(3)).toBe(1);
    expect(w.unfollow(0, 1)).toBe(true); // an existing follow
    expect(w.follows(0, 1)).toBe(false);
    expect(w.followerCount(1)).toBe(1);
    expect(Array.from(w.followersOf(1))).toEqual([2]);
    const e = w.finalEdits();
    expect([e.followSrc, e.followDst]).toEqual([[4], [3]]);
    expect(Array.from(e.removed ?? [])).toEqual([0 * 5 + 1]);
  });

  it('drops a rehearsed follow that is later unfollowed', () => {
    const w = new LookaheadWorld(real(), new Set([3]));
    w.follow(3, 2, 'farmed');
    w.unfollow(3, 2);
    expect(w.follows(3, 2)).toBe(false);
    expect(w.finalEdits().followSrc).toEqual([]);
  });

  it("adds expected follow-backs at the followed account's estimated rate (deterministic accumulator)", () => {
    // Account 1 follows back at rate 1/6 (given), account 2 never: every 6th follow of 1 returns.
    const w = new LookaheadWorld(
      frozen(20, 20, [
        [0, 1],
        [1, 0],
        [2, 1],
      ]),
      new Set([3]),
      () => 0,
      (v) => (v === 1 ? 1 / 6 : 0),
    );
    let back = 0;
    for (let u = 4; u < 16; u++) {
      w.follow(u, 1, 'farmed');
      w.follow(u, 2, 'farmed');
      if (w.follows(1, u)) back++;
      expect(w.follows(2, u)).toBe(false);
    }
    expect(back).toBe(2); // 12 follows × 1/6, no sampling noise
    // Without an estimate, the flat prior DEFAULT_FOLLOW_BACK applies: 10 follows × 0.1 → 1 return.
    const flat = new LookaheadWorld(frozen(20, 20, []), new Set([3]));
    let flatBack = 0;
    for (let u = 4; u < 14; u++) {
      flat.follow(u, 1, 'farmed');
      if (flat.follows(1, u)) flatBack++;
    }
    expect(flatBack).toBe(Math.round(10 * DEFAULT_FOLLOW_BACK));
  });

  it('earns reply-backs at LOOKAHEAD_REPLY_RATE and counts its own posts this tick', () => {
    const w = new LookaheadWorld(real(), new Set([3]));
    let replies = 0;
    for (let i = 0; i < 100; i++) if (w.solicit(3, 1, 'mention')) replies++;
    expect(replies).toBe(Math.round(100 * LOOKAHEAD_REPLY_RATE));
    expect(w.edits.actor.length).toBe(100 + replies);
    w.post(3);
    w.paidPost(3);
    expect(w.postsThisTick(3)).toBe(2);
    w.advance(8);
    expect(w.postsThisTick(3)).toBe(0);
  });
});

describe('targetValue', () => {
  it('is 0.9 × standing among real non-target accounts + 0.1 × squashed log₂ lead over the best of them, smoothed by their mean |score|', () => {
    // Real accounts 0–3 score 0, 1, 2, 3 (mean 1.5); target 4 (real, base 5) scores 12; bot 5 scores 100 (ignored).
    const score = Float64Array.from([0, 1, 2, 3, 12, 100]);
    const r = Math.log2((12 + 1.5) / (3 + 1.5)); // log₂ 3
    const lead = 0.5 + (0.5 * r) / (r + 2);
    expect(targetValue(score, [4], 5)).toBeCloseTo((1 - LEAD_WEIGHT) * 1 + LEAD_WEIGHT * lead, 12);
    // A target tied with the best other (3): standing (3 + ½)/4, lead log₂ 1 = 0 → ½.
    const tied = Float64Array.from([0, 1, 2, 3, 3, 100]);
    expect(targetValue(tied, [4], 5)).toBeCloseTo((1 - LEAD_WEIGHT) * (3.5 / 4) + LEAD_WEIGHT * 0.5, 12);
    // The lead keeps growing past 4× (it was clipped there once): 24 beats 12.
    expect(targetValue(Float64Array.from([0, 1, 2, 3, 24]), [4], 5)).toBeGreaterThan(targetValue(score, [4], 5));
  });

  it('cannot tell 25 from 2 over a field of zeros; targetMargin can (the tie-break between strategies)', () => {
    const many = Float64Array.from([0, 0, 0, 0, 25, 25]);
    const few = Float64Array.from([0, 0, 0, 0, 2, 2]);
    expect(targetValue(many, [4, 5], 6)).toBe(targetValue(few, [4, 5], 6));
    expect(targetMargin(many, [4, 5], 6)).toBe(25);
    expect(targetMargin(few, [4, 5], 6)).toBe(2);
    // Margin is over the best other real account, in the scorer's units; fakes above base are ignored.
    expect(targetMargin(Float64Array.from([1, 7, 3, 10, 50]), [3], 3)).toBe(3);
  });
});

describe('publicFollowBackRates', () => {
  /**
   * Four accounts; [follower, followee, tick], sorted by (follower, followee) so followTick lines
   * up with the CSR.
   *   0 ↔ 1 at tick 0: the starting network, ignored.
   *   2 ↔ 0 both at tick 2: one follow and its return; 0 and 2 each get ½ received, ½ returned.
   *   3 → 0 at tick 3, never returned: 0 gets 1 received.
   *   3 → 1 at tick 4, returned at tick 5 (late): 1 gets 1 received, 0 returned; and 1 → 3
   *   (tick 5) is not a new follower for 3: 3 followed 1 first.
   */
  function fourAccounts() {
    const edges: [number, number, number][] = [
      [0, 1, 0],
      [0, 2, 2],
      [1, 0, 0],
      [1, 3, 5],
      [2, 0, 2],
      [3, 0, 3],
      [3, 1, 4],
    ];
    const follows = followGraphFromEdges(
      4,
      edges.map((e) => e[0]),
      edges.map((e) => e[1]),
    );
    return buildObservation({ follows, tick: 5, followTick: Uint32Array.from(edges.map((e) => e[2])) });
  }

  it('counts same-tick returns of follows made during the run, shrunk to the global rate', () => {
    const r = publicFollowBackRates(fourAccounts());
    const g = (1 + 1) / (3 + 10); // received 1.5 + 1 + 0.5 = 3, returned ½ + ½ = 1
    expect(r[0]).toBeCloseTo((0.5 + 5 * g) / (1.5 + 5), 14);
    expect(r[1]).toBeCloseTo((0 + 5 * g) / (1 + 5), 14);
    expect(r[2]).toBeCloseTo((0.5 + 5 * g) / (0.5 + 5), 14);
    expect(r[3]).toBeCloseTo(g, 14);
  });

  it("adds the attacker's own follows exactly and leaves its accounts and targets out of the public evidence", () => {
    const obs = fourAccounts();
    // Account 3 is the attacker's (controlled): 3 → 0 and 3 → 1 (and 1 → 3) leave the public count.
    // Its own record: it followed 0 four times in all (some later undone), returned once; 1 twice, never.
    const own = {
      made: new Map([
        [0, 4],
        [1, 2],
      ]),
      returned: new Map([[0, 1]]),
    };
    const r = publicFollowBackRates(obs, own, new Set([3]));
    // Public: only the 2 ↔ 0 same-tick pair (½ + ½). Own: 6 follows, 1 return.
    const g = (1 + 1 + 1) / (1 + 6 + 10);
    expect(r[0]).toBeCloseTo((0.5 + 1 + 5 * g) / (0.5 + 4 + 5), 14);
    expect(r[1]).toBeCloseTo((0 + 0 + 5 * g) / (0 + 2 + 5), 14);
    expect(r[2]).toBeCloseTo((0.5 + 5 * g) / (0.5 + 5), 14);
    expect(r[3]).toBeCloseTo(g, 14);
  });

  it('on a run without gaming, ranks the social capitalists (follow back 0.9) above honest people (0.06)', () => {
    // 60 ticks give about 1,600 new follows; the half credit for same-tick pairs lifts the honest
    // estimate above 0.06 (docs/gauntlet.md), so the check is on order and rough level.
    const config = resolveRunConfig(getScenario('baseline'), { seed: 3, agents: 1500, ticks: 60, roles: { gamer: 0 } });
    const { final } = simulate(config);
    const rates = publicFollowBackRates(final.observation);
    const mean = (role: number) => {
      const xs = [...final.hidden.role.keys()].filter((i) => final.hidden.role[i] === role).map((i) => rates[i]!);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(mean(Role.honest)).toBeGreaterThan(0.03);
    expect(mean(Role.honest)).toBeLessThan(0.15);
    expect(mean(Role.capitalist)).toBeGreaterThan(1.5 * mean(Role.honest));
  });
});
