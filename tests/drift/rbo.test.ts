/**
 * Rank-biased overlap against published examples.
 * - Average overlap of "abcdefg" vs "zcavwxy" at depth 7 = 0.312: Webber, Moffat & Zobel 2010,
 *   Figure 5, as used in the test suite of the widely used Python package changyaochen/rbo
 *   (tests/test.py, "RBO Paper Figure 5"), together with "abcde" vs "bacde" = 0.8 and
 *   "abcde" vs "abced" = 0.95 (from ragrawal.wordpress.com, 2013, same file).
 * - RBO_ext of [1,2,3,4,5] vs [2,3,4,1,5] with p = 0.9 = 0.828: the documented example of the
 *   b4ny4n/rankmeasures README (a Scala port of ragrawal's measures/rankedlist/RBO.py).
 * The last is also worked by hand below from eq. 30 of the paper.
 */
import { describe, expect, it } from 'vitest';
import { averageOverlap, rboExt } from '../../src/drift/rbo.js';

const codes = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

describe('rank-biased overlap', () => {
  it('average overlap matches Webber et al. 2010 Figure 5 (0.312)', () => {
    expect(averageOverlap(codes('abcdefg'), codes('zcavwxy'), 7)).toBeCloseTo(0.312, 3);
  });
  it('average overlap matches the ragrawal examples (0.8, 0.95)', () => {
    expect(averageOverlap(codes('abcde'), codes('bacde'), 5)).toBeCloseTo(0.8, 12);
    expect(averageOverlap(codes('abcde'), codes('abced'), 5)).toBeCloseTo(0.95, 12);
  });
  it('RBO_ext matches the rankmeasures README example (0.828 at p = 0.9)', () => {
    expect(rboExt([1, 2, 3, 4, 5], [2, 3, 4, 1, 5], 0.9)).toBeCloseTo(0.828, 3);
  });
  it('RBO_ext equals the hand-worked eq. 30 value', () => {
    // A_d = 0, 1/2, 2/3, 1, 1 for d = 1..5; RBO_ext = A_5 p^5 + (1-p)/p Σ A_d p^d.
    const p = 0.9;
    const A = [0, 1 / 2, 2 / 3, 1, 1];
    const expected = p ** 5 + ((1 - p) / p) * A.reduce((s, a, i) => s + a * p ** (i + 1), 0);
    expect(rboExt([1, 2, 3, 4, 5], [2, 3, 4, 1, 5], p)).toBeCloseTo(expected, 14);
  });
  it('is 1 for identical lists, 0 for disjoint lists, symmetric, and handles uneven lengths', () => {
    expect(rboExt([4, 2, 9], [4, 2, 9], 0.8)).toBeCloseTo(1, 14);
    expect(rboExt([1, 2, 3], [4, 5, 6], 0.8)).toBe(0);
    expect(rboExt([1, 2, 3, 4], [2, 1, 5], 0.7)).toBeCloseTo(rboExt([2, 1, 5], [1, 2, 3, 4], 0.7), 14);
    // A prefix of an identical ranking extrapolates to full agreement (eq. 32).
    expect(rboExt([1, 2, 3], [1, 2, 3, 4, 5, 6], 0.9)).toBeCloseTo(1, 14);
    expect(rboExt([], [], 0.9)).toBe(1);
  });
});
