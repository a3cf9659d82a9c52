/**
 * Ridge regression (src/stats/ridge.ts) on hand-computed cases.
 * x = [1, 2, 3], y = [2, 4, 6]: mean(x) = 2, population sd s = √(2/3), z = (x − 2)/s, Σz² = 3,
 * so y = 4 + 2s·z exactly: λ = 0 gives w = 2s, b = 4, R² = 1; λ > 0 shrinks w to 2s·3/(3 + λ).
 */
import { describe, expect, it } from 'vitest';
import { fitRidge } from '../../src/stats/ridge.js';

const x = Float64Array.from([1, 2, 3]);
const y = Float64Array.from([2, 4, 6]);
const s = Math.sqrt(2 / 3);

describe('fitRidge', () => {
  it('recovers an exact line with λ = 0', () => {
    const f = fitRidge({ columns: [x], target: y }, 0);
    expect(f.mean[0]).toBeCloseTo(2, 14);
    expect(f.sd[0]).toBeCloseTo(s, 14);
    expect(f.weights[0]).toBeCloseTo(2 * s, 12);
    expect(f.intercept).toBeCloseTo(4, 14);
    expect(f.r2).toBeCloseTo(1, 12);
  });

  it('shrinks the standardized weight to 2s·3/(3 + λ)', () => {
    for (const lambda of [0.5, 3, 30]) {
      const f = fitRidge({ columns: [x], target: y }, lambda);
      expect(f.weights[0]).toBeCloseTo((2 * s * 3) / (3 + lambda), 12);
      expect(f.intercept).toBeCloseTo(4, 14); // the intercept is never penalized
      expect(f.r2).toBeLessThan(1);
    }
  });

  it('gives a constant predictor sd 1 and weight exactly 0, and fits the rest as if it were absent', () => {
    const c = Float64Array.from([3.4, 3.4, 3.4]);
    const f = fitRidge({ columns: [x, c], target: y }, 0.5);
    const alone = fitRidge({ columns: [x], target: y }, 0.5);
    expect(f.sd[1]).toBe(1);
    expect(f.weights[1]).toBe(0);
    expect(f.weights[0]).toBeCloseTo(alone.weights[0]!, 12);
  });

  it('splits a duplicated predictor evenly under ridge (the minimum-norm answer)', () => {
    const f = fitRidge({ columns: [x, Float64Array.from(x)], target: y }, 1);
    expect(f.weights[0]).toBeCloseTo(f.weights[1]!, 12);
    // Two equal columns act as one with weight w1 + w2 and penalty 2w²: w = 2s·3/(6 + 1) each.
    expect(f.weights[0]).toBeCloseTo((2 * s * 3) / 7, 12);
  });
});
