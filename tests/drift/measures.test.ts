/**
 * Hand-computed expectations on a tiny named world of 8 accounts.
 *
 *   idx  role         truth  score
 *   0    honest       5      3
 *   1    honest       4      1
 *   2    broadcaster  2      9
 *   3    gamer        1      8
 *   4    gamer        0.5    2
 *   5    bot          0      10
 *   6    sybil        0      0
 *   7    capitalist   3      1
 *
 * Real people: 0, 1, 2, 3, 4, 7.
 */
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/errors.js';
import { Role } from '../../src/model/roles.js';
import { makeDriftInput, realIndices } from '../../src/drift/input.js';
import { getMeasure } from '../../src/drift/registry.js';
import { gamerRankLifts } from '../../src/drift/rank-lift.js';
import { ndcgAtK } from '../../src/drift/ndcg-at-k.js';
import { topKMembership } from '../../src/stats/top-k.js';

const role = Uint8Array.from([Role.honest, Role.honest, Role.broadcaster, Role.gamer, Role.gamer, Role.bot, Role.sybil, Role.capitalist]);
const truth = Float64Array.from([5, 4, 2, 1, 0.5, 0, 0, 3]);
const score = Float64Array.from([3, 1, 9, 8, 2, 10, 0, 1]);
const m = (id: string, k = 2) => getMeasure(id).compute(makeDriftInput(score, truth, role, { k }));

describe('drift measures on a tiny named world', () => {
  it('real people are every role but bot and sybil', () => {
    expect(Array.from(realIndices(role))).toEqual([0, 1, 2, 3, 4, 7]);
  });
  it('top-k composition counts over all accounts: the bot tops the board', () => {
    expect(m('bot-share-at-k', 2)).toBeCloseTo(0.5, 14); // top 2 = {5 bot, 2}
    expect(m('gamer-share-at-k', 2)).toBe(0);
    expect(m('gamer-share-at-k', 3)).toBeCloseTo(1 / 3, 14); // + account 3
    expect(m('bot-share-at-k', 3)).toBeCloseTo(1 / 3, 14);
  });
  it('precision@k over real people, with tie-aware membership at the boundary', () => {
    expect(m('precision-at-k', 2)).toBe(0); // {2, 3} vs {0, 1}
    expect(m('precision-at-k', 3)).toBeCloseTo(1 / 3, 14); // {2, 3, 0} vs {0, 1, 7}
    expect(m('precision-at-k', 4)).toBeCloseTo(2 / 4, 14); // {2, 3, 0, 4} vs {0, 1, 7, 2}
    // k = 5: accounts 1 and 7 tie (score 1) for the last slot: ½ each; both are in the true top 5.
    expect(m('precision-at-k', 5)).toBeCloseTo(4 / 5, 14);
  });
  it('AUC honest-above-gamer counts pairs (honest 0,1,2,7 vs gamers 3,4): 3 of 8', () => {
    expect(m('auc-honest-gamer')).toBeCloseTo(3 / 8, 14);
  });
  it("gamers' rank lift: score percentile minus true percentile among real people", () => {
    const lifts = gamerRankLifts(makeDriftInput(score, truth, role));
    expect(lifts.map((l) => l.agent)).toEqual([3, 4]);
    expect(lifts[0]?.lift).toBeCloseTo(0.8 - 0.2, 14);
    expect(lifts[1]?.lift).toBeCloseTo(0.4 - 0, 14);
    expect(m('gamer-rank-lift')).toBeCloseTo(0.5, 14);
  });
  it('NDCG@2 uses true influence as gain and 1/log2(position+1) discounts', () => {
    const expected = (2 + 1 / Math.log2(3)) / (5 + 4 / Math.log2(3));
    expect(m('ndcg-at-k', 2)).toBeCloseTo(expected, 14);
  });
  it('NDCG gives tied scores the average discount of their positions', () => {
    // scores tie for positions 1-2: expected DCG = (g0 + g1)/2 · (1 + 1/log2 3).
    const d = 1 + 1 / Math.log2(3);
    expect(ndcgAtK([1, 1, 0], [2, 0, 1], 2)).toBeCloseTo((((2 + 0) / 2) * d) / (2 + 1 / Math.log2(3)), 14);
    expect(ndcgAtK([1, 1, 0], [0, 0, 0], 2)).toBeNaN();
  });
  it('AUC and rank lift are NaN when there are no gamers', () => {
    const noGamers = Uint8Array.from(role, (r) => (r === Role.gamer ? Role.honest : r));
    const input = makeDriftInput(score, truth, noGamers);
    expect(getMeasure('auc-honest-gamer').compute(input)).toBeNaN();
    expect(getMeasure('gamer-rank-lift').compute(input)).toBeNaN();
  });
  it('churn between versions: Kendall distance and top-k turnover', () => {
    const v1 = Float64Array.from([4, 3, 2, 1, 0, 0, 0, 5]);
    const v2 = Float64Array.from([3, 4, 2, 1, 0, 0, 0, 5]); // accounts 0 and 1 swap
    const input = makeDriftInput(v2, v1, role, { k: 2 });
    // 15 pairs of real people, one discordant.
    expect(getMeasure('kendall-distance').compute(input)).toBeCloseTo(1 / 15, 14);
    // top 2 (real): v1 {7, 0}, v2 {7, 1}: one of two changed.
    expect(getMeasure('top-k-turnover').compute(input)).toBeCloseTo(0.5, 14);
  });
  it('top-k membership shares boundary slots among tied items', () => {
    expect(Array.from(topKMembership([5, 3, 3, 3, 1], 2))).toEqual([1, 1 / 3, 1 / 3, 1 / 3, 0]);
    expect(Array.from(topKMembership([1, 2], 5))).toEqual([1, 1]);
  });
  it('rejects bad input with ParameterError naming the field', () => {
    expect(() => makeDriftInput(score.subarray(1), truth, role)).toThrow(ParameterError);
    expect(() =>
      makeDriftInput(
        Float64Array.from(score, (v, i) => (i === 2 ? NaN : v)),
        truth,
        role,
      ),
    ).toThrow(/score\[2\]/);
    expect(() => makeDriftInput(score, truth, role, { k: 0 })).toThrow(/invalid k/);
    expect(() => makeDriftInput(score, truth, role, { rboP: 1 })).toThrow(ParameterError);
  });
});
