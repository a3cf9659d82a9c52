/**
 * Klout-like and Kred-like scores: HAND-COMPUTED expectations on a named 6-agent world.
 *
 * World (observation tick 20, Observation window from tick 11; Klout window W = 10 ticks → [11, 20]):
 *   ann  a blogger whose posts draw reactions         bob  the celebrity everyone follows
 *   cat  the chatty nephew: follows and likes everyone, posts 8 times
 *   dan, eve, fay  ordinary readers
 * Follows (follower → followee): ann,cat,dan,eve,fay → bob; dan,eve,fay,cat → ann; cat,ann → dan;
 *   cat → eve; cat → fay.   Followers: ann 4, bob 5, cat 0, dan 2, eve 1, fay 1.
 * Events: t5 dan reshare ann (OUTSIDE both windows) · t12 dan reshare ann · t12 eve like ann ·
 *   t13 fay reply ann · t13 dan like ann · t14 cat like ann, bob, dan, eve · t15 ann reply bob ·
 *   t15 cat mention bob · t16 bob reply ann.
 * Posts: ann t3 (outside), t12, t13 · bob t15 · cat t11..t18 (8) · dan t14.
 */
import { describe, expect, it } from 'vitest';
import { kloutComponents, kloutParams, kloutScores, makeKloutLike } from '../../src/metrics/klout-like.js';
import { percentileCurve, lognormalCurve, normalCdf } from '../../src/metrics/klout/curve.js';
import { bigAudienceThreshold, KRED_PARAMS, kredPoints, kredScores, makeKredLike } from '../../src/metrics/kred-like.js';
import { ParameterError, UnknownNameError } from '../../src/errors.js';
import { resolveParams } from '../../src/params.js';
import { named } from './attention-worlds.js';

const AGENTS = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay'] as const;
const world = named({
  agents: AGENTS,
  tick: 20,
  from: 11,
  follows: [
    ['ann', 'bob'],
    ['cat', 'bob'],
    ['dan', 'bob'],
    ['eve', 'bob'],
    ['fay', 'bob'],
    ['dan', 'ann'],
    ['eve', 'ann'],
    ['fay', 'ann'],
    ['cat', 'ann'],
    ['cat', 'dan'],
    ['ann', 'dan'],
    ['cat', 'eve'],
    ['cat', 'fay'],
  ],
  events: [
    [5, 'dan', 'ann', 'reshare'],
    [12, 'dan', 'ann', 'reshare'],
    [12, 'eve', 'ann', 'like'],
    [13, 'fay', 'ann', 'reply'],
    [13, 'dan', 'ann', 'like'],
    [14, 'cat', 'ann', 'like'],
    [14, 'cat', 'bob', 'like'],
    [14, 'cat', 'dan', 'like'],
    [14, 'cat', 'eve', 'like'],
    [15, 'ann', 'bob', 'reply'],
    [15, 'cat', 'bob', 'mention'],
    [16, 'bob', 'ann', 'reply'],
  ],
  posts: [
    [3, 'ann'],
    [12, 'ann'],
    [13, 'ann'],
    [15, 'bob'],
    ...[11, 12, 13, 14, 15, 16, 17, 18].map((t) => [t, 'cat'] as const),
    [14, 'dan'],
  ],
});
const { obs, id } = world;
const at = (a: Float64Array) => Object.fromEntries(AGENTS.map((n) => [n, a[id(n)]]));

describe('klout-like v1 parts (hand-computed; W = 10, 2 network rounds)', () => {
  const p = kloutParams('v1', { windowTicks: 10, rounds: 2 });
  const c = kloutComponents(obs, p);
  // Pair weights c(u→v), like 1 / reshare 3 / reply 2 / mention 1, window [11, 20] (t5 reshare dropped):
  //   dan→ann 3+1 = 4; eve→ann 1; fay→ann 2; cat→ann 1; cat→bob 1+1 = 2; cat→dan 1; cat→eve 1; ann→bob 2; bob→ann 2.
  // Distinct targets: cat 4, everyone else who acted 1 → selectivity cat 4^-0.5 = 0.5, others 1.
  it('selectivity discounts the account that reacts to everything', () => {
    expect(at(c.selectivity)).toEqual({ ann: 1, bob: 1, cat: 0.5, dan: 1, eve: 1, fay: 1 });
  });
  it('True Reach counts unique reactors once, weighted by selectivity', () => {
    // ann: dan 1 + eve 1 + fay 1 + cat 0.5 + bob 1 = 4.5 (dan's two reactions count once); bob: cat 0.5 + ann 1 = 1.5
    expect(at(c.reach)).toEqual({ ann: 4.5, bob: 1.5, cat: 0, dan: 0.5, eve: 0.5, fay: 0 });
  });
  it('Amplification is weighted reactions per (posts in window + 1)', () => {
    // ann (9.5)/(2+1); bob (0.5*2 + 2)/(1+1) = 1.5; dan 0.5/(1+1) = 0.25; eve 0.5/(0+1) = 0.5
    const a = at(c.amplification);
    expect(a.ann).toBeCloseTo(9.5 / 3, 12);
    expect(a.bob).toBeCloseTo(1.5, 12);
    expect(a.dan).toBeCloseTo(0.25, 12);
    expect(a.eve).toBeCloseTo(0.5, 12);
    expect([a.cat, a.fay]).toEqual([0, 0]);
  });
  it('volume is posts plus reactions given within the window', () => {
    // ann 2 + 1, bob 1 + 1, cat 8 + 5, dan 1 + 2, eve 0 + 1, fay 0 + 1
    expect(at(c.volume)).toEqual({ ann: 3, bob: 2, cat: 13, dan: 3, eve: 1, fay: 1 });
  });
  it('Network weights each reaction by the reactor’s relative score from the previous round', () => {
    // Round 1 (r = 1): net = Σ s·c → ann 9.5, bob 3, dan 0.5, eve 0.5.
    //   raw1(ann) = ln 5.5 + ln(1 + 9.5/3) + ln 10.5 = 5.483239; bob = 2 ln 2.5 + ln 4 = 3.218876;
    //   dan = ln 1.5 + ln 1.25 + ln 1.5 = 1.034074; eve = 3 ln 1.5 = 1.216395; cat = fay = 0.
    // r = raw1 / raw1(ann): bob 0.587039, dan 0.188588, eve 0.221839, cat 0.
    // Round 2: net(ann) = dan 4·0.188588 + eve 1·0.221839 + fay 2·0 + cat 0.5·1·0 + bob 2·0.587039 = 2.150269;
    //          net(bob) = ann 2·1 + cat 0 = 2; net(dan) = net(eve) = 0 (only cat, whose r is 0, reacted).
    const r1 = {
      ann: Math.log(5.5) + Math.log(1 + 9.5 / 3) + Math.log(10.5),
      bob: 2 * Math.log(2.5) + Math.log(4),
      dan: 2 * Math.log(1.5) + Math.log(1.25),
      eve: 3 * Math.log(1.5),
    };
    const net = at(c.network);
    expect(net.ann).toBeCloseTo((4 * r1.dan + 1 * r1.eve + 2 * r1.bob) / r1.ann, 12);
    expect(net.ann).toBeCloseTo(2.150269, 5);
    expect(net.bob).toBeCloseTo(2, 12);
    expect([net.cat, net.dan, net.eve, net.fay]).toEqual([0, 0, 0, 0]);
  });
  it('raw = ln(1+reach) + ln(1+amp) + ln(1+net), graded on a percentile curve', () => {
    // raw2: ann 1.704748 + 1.427116 + ln 3.150269 = 4.279351; bob ln 2.5 + ln 2.5 + ln 3 = 2.931194;
    //       dan ln 1.5 + ln 1.25 = 0.628609; eve 2 ln 1.5 = 0.810930; cat = fay = 0.
    const raw = at(c.raw);
    expect(raw.ann).toBeCloseTo(4.279351, 5);
    expect(raw.bob).toBeCloseTo(2 * Math.log(2.5) + Math.log(3), 12);
    expect(raw.dan).toBeCloseTo(Math.log(1.5) + Math.log(1.25), 12);
    expect(raw.eve).toBeCloseTo(2 * Math.log(1.5), 12);
    // 4 active agents, ascending dan < eve < bob < ann → 1 + 99·k/4; inactive cat and fay get 1.
    expect(at(kloutScores(obs, p))).toEqual({ ann: 100, bob: 75.25, cat: 1, dan: 25.75, eve: 50.5, fay: 1 });
  });
});

describe('klout-like v2: the algorithm change', () => {
  it('lets the chatty nephew overtake the celebrity', () => {
    const v1 = at(makeKloutLike('v1', { windowTicks: 10 }).score(obs));
    const v2 = at(makeKloutLike('v2', { windowTicks: 10 }).score(obs));
    expect(v1.cat).toBe(1);
    expect(v1.bob).toBeGreaterThan(v1.cat!);
    expect(v2.cat).toBeGreaterThan(v2.bob!);
    expect(v2.ann).toBe(100);
  });
  it('gives the nephew raw = 1.5·ln(1 + 13) (only volume: nobody reacted to cat)', () => {
    const c = kloutComponents(obs, kloutParams('v2', { windowTicks: 10 }));
    expect(c.raw[id('cat')]).toBeCloseTo(1.5 * Math.log(14), 12);
    expect(c.selectivity[id('cat')]).toBeCloseTo(4 ** -0.25, 12);
  });
  it('registered ids: klout-like and klout-like@v2', () => {
    expect(makeKloutLike('v1').id).toBe('klout-like');
    expect(makeKloutLike('v2').id).toBe('klout-like@v2');
    expect(() => makeKloutLike('v9')).toThrow(UnknownNameError);
    expect(() => kloutParams('v1', { selectivity: -1 })).toThrow(ParameterError);
  });
});

describe('klout-like rolling window', () => {
  it('a reaction older than W ticks no longer counts', () => {
    // With W = 20 the t5 reshare (dan→ann, weight 3) is inside: dan→ann = 7, ann's amplification (9.5 + 3)/(3 posts + 1).
    const c = kloutComponents(obs, kloutParams('v1', { windowTicks: 20 }));
    expect(c.amplification[id('ann')]).toBeCloseTo(12.5 / 4, 12);
    expect(c.reach[id('ann')]).toBe(4.5);
  });
});

describe('grading curves', () => {
  it('percentile: ties share the average rank; zeros get 1', () => {
    expect(Array.from(percentileCurve(Float64Array.from([0, 2, 2, 5])))).toEqual([1, 1 + (99 * 1.5) / 3, 1 + (99 * 1.5) / 3, 100]);
  });
  it('log-normal: in [1, 100], monotone, median maps to 50.5', () => {
    const s = lognormalCurve(Float64Array.from([0, 1, Math.E, Math.E ** 2]));
    expect(s[0]).toBe(1);
    expect(s[2]).toBeCloseTo(50.5, 6);
    expect(s[1]!).toBeLessThan(s[2]!);
    expect(s[3]!).toBeLessThan(100);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
  });
});

describe('kred-like (hand-computed on the same world, Observation window [11, 20])', () => {
  // Large-audience threshold: follower counts sorted [0,1,1,2,4,5], 0.99 quantile (nearest rank 6) = 5 → only bob (x2).
  // ann: dan reshare 10 + like 1, eve like 1, fay reply 10, cat like 1, bob reply 10·2 = 43; followers dan,eve,fay,cat 4 → 47
  // bob: cat like 1 + mention 10, ann reply 10 = 21; followers 5 → 26
  // dan: cat like 1 + followers cat, ann 2 = 3;  eve: like 1 + follower 1 = 2;  fay: follower 1;  cat: 0
  const p = resolveParams(KRED_PARAMS, {});
  it('threshold and points', () => {
    expect(bigAudienceThreshold(Uint32Array.from([4, 5, 0, 2, 1, 1]), p)).toBe(5);
    expect(at(kredPoints(obs, p))).toEqual({ ann: 47, bob: 26, cat: 0, dan: 3, eve: 2, fay: 1 });
  });
  it('normalised so the top account scores 1000', () => {
    const s = at(kredScores(obs, p));
    expect(s.ann).toBe(1000);
    expect(s.bob).toBeCloseTo((26 / 47) * 1000, 10);
    expect(s.fay).toBeCloseTo((1 / 47) * 1000, 10);
    expect(s.cat).toBe(0);
  });
  it('an absolute threshold (Kred: 10,000) can replace the quantile', () => {
    // threshold 4: ann (4 followers) is also large-audience → bob gets ann's reply x2 (+10) and ann's follow x2 (+1) = 37
    const s = makeKredLike({ bigAudienceFollowers: 4 }).score(obs);
    expect(s[id('bob')]).toBeCloseTo((37 / 47) * 1000, 10);
  });
});
