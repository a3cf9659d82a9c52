/**
 * The adaptive attacker's rehearsal parts, hand-computed on tiny named worlds:
 * LookaheadWorld (copy-on-write public platform: records, never applies) and targetValue.
 */
import { describe, expect, it } from 'vitest';
import { LookaheadWorld, LOOKAHEAD_REPLY_RATE } from '../../src/attacks/adaptive/lookahead-world.js';
import { LEAD_WEIGHT, targetValue } from '../../src/attacks/adaptive/rehearse.js';
import type { WorldActions } from '../../src/engine/world-actions.js';

/** A frozen "real" platform with follows given as [u, v] (u follows v); actions throw. */
function frozen(n: number, base: number, follows: [number, number][]): WorldActions {
  const has = (u: number, v: number) => follows.some(([a, b]) => a === u && b === v);
  const no = () => {
    throw new Error('the rehearsal must not act on the real platform');
  };
  return {
    n, base, tick: 7,
    follows: has,
    followerCount: (v) => follows.filter(([, b]) => b === v).length,
    followingCount: (u) => follows.filter(([a]) => a === u).length,
    followeesOf: (u) => Uint32Array.from(follows.filter(([a]) => a === u).map(([, b]) => b)),
    followersOf: (v) => Uint32Array.from(follows.filter(([, b]) => b === v).map(([a]) => a)),
    postsThisTick: () => 0,
    follow: no, unfollow: no, react: no, post: no, solicit: no, paidPost: no,
  };
}

describe('LookaheadWorld', () => {
  // Real: 0 ↔ 1, 2 → 1. Accounts 0–3 are real (base 4), 4 is the attacker's bot; 3 is a target.
  const real = () => frozen(5, 4, [[0, 1], [1, 0], [2, 1]]);

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

  it('adds expected follow-backs at the followed account\'s public reciprocity, (mutual + 1) / (followers + 10)', () => {
    // Account 1: followers {0, 2}, follows {0} back → mutual 1 → rate 2/12 = 1/6: every 6th follow returns.
    const w = new LookaheadWorld(frozen(20, 20, [[0, 1], [1, 0], [2, 1]]), new Set([3]));
    let back = 0;
    for (let u = 4; u < 16; u++) {
      w.follow(u, 1, 'farmed');
      if (w.follows(1, u)) back++;
    }
    expect(back).toBe(2); // 12 follows × 1/6, deterministic accumulator (no sampling noise)
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
  it('is 0.9 × standing among real non-target accounts + 0.1 × clipped log₂ lead over the best of them', () => {
    // Real accounts 0–3 score 0, 1, 2, 3; target 4 (real, base 5) scores 12; bot 5 scores 100 (ignored).
    const score = Float64Array.from([0, 1, 2, 3, 12, 100]);
    const lead = (Math.log2(12 / 3) + 2) / 4; // = 1
    expect(targetValue(score, [4], 5)).toBeCloseTo((1 - LEAD_WEIGHT) * 1 + LEAD_WEIGHT * lead, 12);
    // A target tied with the best other (3): standing (3 + ½)/4, lead log₂ 1 = 0 → ½.
    const tied = Float64Array.from([0, 1, 2, 3, 3, 100]);
    expect(targetValue(tied, [4], 5)).toBeCloseTo((1 - LEAD_WEIGHT) * (3.5 / 4) + LEAD_WEIGHT * 0.5, 12);
  });
});
