/**
 * Simple attention scorers, reciprocal ties and the formula features: HAND-COMPUTED values on a
 * named 5-agent world (observation tick 9, window from tick 0).
 *   Follows: bea,cid,dot,eli → amy; amy → bea; cid → bea; bea → cid.   Followers: amy 4, bea 2, cid 1.
 *   Posts: amy 3, bea 1, cid 0.
 *   Events: bea likes amy ×2, cid reshares amy, dot replies amy, eli mentions amy, amy replies bea ×2,
 *           bea replies amy, bea mentions amy, cid likes cid (a self-reaction, ignored by reach).
 *   cid is verified.
 */
import { describe, expect, it } from 'vitest';
import { engagementRateScorer } from '../../src/metrics/engagement-rate.js';
import { computeFeatures, FEATURE_NAMES } from '../../src/metrics/features.js';
import { followerCount } from '../../src/metrics/follower-count.js';
import { mentions } from '../../src/metrics/mentions.js';
import { reactionsReceived } from '../../src/metrics/reactions-received.js';
import { makeReciprocalTies, reciprocalTies } from '../../src/metrics/reciprocal-ties.js';
import { reshares } from '../../src/metrics/reshares.js';
import { named } from './attention-worlds.js';

const AGENTS = ['amy', 'bea', 'cid', 'dot', 'eli'] as const;
const { obs, id } = named({
  agents: AGENTS,
  tick: 9,
  follows: [
    ['bea', 'amy'],
    ['cid', 'amy'],
    ['dot', 'amy'],
    ['eli', 'amy'],
    ['amy', 'bea'],
    ['cid', 'bea'],
    ['bea', 'cid'],
  ],
  posts: [
    [1, 'amy'],
    [2, 'amy'],
    [3, 'amy'],
    [4, 'bea'],
  ],
  events: [
    [1, 'bea', 'amy', 'like'],
    [2, 'bea', 'amy', 'like'],
    [2, 'cid', 'amy', 'reshare'],
    [3, 'dot', 'amy', 'reply'],
    [3, 'eli', 'amy', 'mention'],
    [4, 'amy', 'bea', 'reply'],
    [5, 'amy', 'bea', 'reply'],
    [5, 'bea', 'amy', 'reply'],
    [6, 'bea', 'amy', 'mention'],
    [7, 'cid', 'cid', 'like'],
  ],
  verified: ['cid'],
});
const at = (a: Float64Array) => AGENTS.map((n) => a[id(n)]);

describe('attention counts', () => {
  it('follower-count = in-degree', () => expect(at(followerCount.score(obs))).toEqual([4, 2, 1, 0, 0]));
  it('reactions-received = every kind', () => {
    // amy: likes 2 + reshare 1 + replies 2 (dot, bea) + mentions 2 (eli, bea) = 7; bea: replies 2; cid: self-like 1
    expect(at(reactionsReceived.score(obs))).toEqual([7, 2, 1, 0, 0]);
  });
  it('mentions and reshares', () => {
    expect(at(mentions.score(obs))).toEqual([2, 0, 0, 0, 0]);
    expect(at(reshares.score(obs))).toEqual([1, 0, 0, 0, 0]);
  });
  it('engagement-rate = (likes + reshares + replies) / (posts + 1); 0 posts stays finite', () => {
    // amy (2 + 1 + 2) / (3 + 1) = 1.25; bea 2 / (1 + 1) = 1; cid 1 / (0 + 1) = 1
    expect(at(engagementRateScorer.score(obs))).toEqual([1.25, 1, 1, 0, 0]);
  });
});

describe('reciprocal-ties (TrueTop: only repeated interaction both ways)', () => {
  // Non-like interactions: bea→amy replies 1 + mention 1 = 2 (likes excluded); amy→bea replies 2.
  // Both directions ≥ 2 → one tie of strength min(2, 2) = 2 for amy and bea. eli→amy (1 mention) has no return.
  it('counts the reciprocal, repeated pair only', () => expect(at(reciprocalTies.score(obs))).toEqual([2, 2, 0, 0, 0]));
  it('likes count when asked: bea→amy becomes 4, tie min(4, 2) = 2; threshold 3 removes it', () => {
    expect(at(makeReciprocalTies({ includeLikes: true }).score(obs))).toEqual([2, 2, 0, 0, 0]);
    expect(at(makeReciprocalTies({ minEach: 3, includeLikes: true }).score(obs))).toEqual([0, 0, 0, 0, 0]);
    expect(at(makeReciprocalTies({ minEach: 1 }).score(obs))).toEqual([2, 2, 0, 0, 0]);
  });
  it('a one-sided barrage (bought engagement) earns nothing', () => {
    const w = named({
      agents: ['star', 'bot'],
      tick: 3,
      follows: [['bot', 'star']],
      events: [0, 1, 2, 3].flatMap((t) => [[t, 'bot', 'star', 'reply'] as const, [t, 'bot', 'star', 'reshare'] as const]),
    });
    expect(Array.from(reciprocalTies.score(w.obs))).toEqual([0, 0]);
  });
});

describe('formula features', () => {
  const f = computeFeatures(obs, FEATURE_NAMES);
  const get = (name: string) => at(f.get(name)!);
  it('graph features', () => {
    expect(get('followers')).toEqual([4, 2, 1, 0, 0]);
    expect(get('following')).toEqual([1, 2, 2, 1, 1]);
    // amy follows bea back (1 of 4); bea follows amy and cid back (2 of 2); cid follows bea back (1 of 1)
    expect(get('mutual')).toEqual([1, 2, 1, 0, 0]);
    expect(get('reciprocity')).toEqual([0.25, 1, 1, 0, 0]);
  });
  it('activity features', () => {
    expect(get('posts')).toEqual([3, 1, 0, 0, 0]);
    expect(get('likes')).toEqual([2, 0, 1, 0, 0]);
    expect(get('replies')).toEqual([2, 2, 0, 0, 0]);
    expect(get('reactions')).toEqual([7, 2, 1, 0, 0]);
    // given: amy 2 replies; bea 2 likes + reply + mention = 4; cid reshare + self-like = 2; dot 1; eli 1
    expect(get('given')).toEqual([2, 4, 2, 1, 1]);
    expect(get('amplification')).toEqual([1.25, 1, 1, 0, 0]);
    // reach: amy ← bea, cid, dot, eli = 4; bea ← amy = 1; cid's self-like does not count
    expect(get('reach')).toEqual([4, 1, 0, 0, 0]);
    expect(get('verified')).toEqual([0, 0, 1, 0, 0]);
    expect(get('age')).toEqual([9, 9, 9, 9, 9]);
  });
});
