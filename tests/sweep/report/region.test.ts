/** The region where a claim holds, in words. */
import { describe, expect, it } from 'vitest';
import { describeRegion } from '../../../src/sweep/report/region.js';

const grid2 = (xs: number[], ys: number[]) => xs.flatMap((x) => ys.map((y) => [x, y]));

describe('describeRegion', () => {
  const params = ['activity.activityScale', 'roles.gamer'];
  const points = grid2([0.5, 1, 4, 8], [0, 0.05, 0.1]);

  it('everywhere and nowhere', () => {
    expect(describeRegion({ params, points, holds: points.map(() => true), grid: true })).toBe('everywhere in the sweep');
    expect(describeRegion({ params, points, holds: points.map(() => false), grid: true })).toBe('nowhere in the sweep');
  });

  it('a threshold on one parameter, at either end, or a band', () => {
    const at = (f: (x: number, y: number) => boolean) =>
      describeRegion({ params, points, holds: points.map(([x, y]) => f(x!, y!)), grid: true });
    expect(at((x) => x >= 4)).toBe('for activity.activityScale ≥ 4');
    expect(at((x) => x <= 1)).toBe('for activity.activityScale ≤ 1');
    expect(at((x) => x >= 1 && x <= 4)).toBe('for 1 ≤ activity.activityScale ≤ 4');
    expect(at((_, y) => y === 0.05)).toBe('for roles.gamer = 0.05');
    expect(at((x) => x === 0.5 || x === 8)).toBe('for activity.activityScale ∈ {0.5, 8}');
  });

  it('a rectangle of two thresholds', () => {
    const holds = points.map(([x, y]) => x! >= 4 && y! <= 0.05);
    expect(describeRegion({ params, points, holds, grid: true })).toBe('for activity.activityScale ≥ 4 and roles.gamer ≤ 0.05');
  });

  it('no simple region: a staircase', () => {
    const holds = points.map(([x, y]) => x! * 0.01 > y!);
    expect(describeRegion({ params, points, holds, grid: true })).toBeNull();
  });

  it('sampled points: a threshold is named at the sampled points, a scattered set is not', () => {
    const pts = [0.1, 0.35, 0.2, 0.45, 0.3].map((b, i) => [b, i]);
    const p = ['influence.beta', 'other'];
    expect(describeRegion({ params: p, points: pts, holds: pts.map(([b]) => b! >= 0.3), grid: false })).toBe(
      'at the sampled points with influence.beta ≥ 0.3',
    );
    expect(describeRegion({ params: p, points: pts, holds: [true, false, false, true, true], grid: false })).toBeNull();
  });
});
