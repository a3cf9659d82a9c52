import { describe, expect, it } from 'vitest';
import { SeedTree } from '../../src/rng.js';

const draws = (tree: SeedTree, name: string, k = 20) => {
  const r = tree.stream(name);
  return Array.from({ length: k }, () => r.next());
};

describe('SeedTree', () => {
  it('gives the same stream for the same seed and name', () => {
    expect(draws(new SeedTree(7), 'graph')).toEqual(draws(new SeedTree(7), 'graph'));
  });
  it('gives different streams for different names and seeds', () => {
    expect(draws(new SeedTree(7), 'graph')).not.toEqual(draws(new SeedTree(7), 'agents'));
    expect(draws(new SeedTree(7), 'graph')).not.toEqual(draws(new SeedTree(8), 'graph'));
  });
  it('adding a new stream does not change the draws of existing ones', () => {
    const a = new SeedTree(3);
    const before = draws(a, 'graph');
    const b = new SeedTree(3);
    draws(b, 'attack:new-thing', 1000); // a new concern draws a lot first
    expect(draws(b, 'graph')).toEqual(before);
  });
  it('child trees are namespaced and stable', () => {
    const t = new SeedTree(5);
    expect(draws(t.child('rep-1'), 'graph')).toEqual(draws(new SeedTree(5).child('rep-1'), 'graph'));
    expect(draws(t.child('rep-1'), 'graph')).not.toEqual(draws(t.child('rep-2'), 'graph'));
  });
});

describe('Rng distributions', () => {
  const r = new SeedTree(11).stream('dist');
  const mean = (f: () => number, k = 20000) => {
    let s = 0;
    for (let i = 0; i < k; i++) s += f();
    return s / k;
  };
  it('int stays in range and is roughly uniform', () => {
    const counts = new Array(5).fill(0);
    for (let i = 0; i < 10000; i++) counts[r.int(5)]++;
    for (const c of counts) expect(Math.abs(c - 2000)).toBeLessThan(200);
  });
  it('normal, poisson, binomial and exponential have the right means', () => {
    expect(mean(() => r.normal(2, 3))).toBeCloseTo(2, 1);
    expect(mean(() => r.poisson(3.5))).toBeCloseTo(3.5, 1);
    expect(mean(() => r.binomial(200, 0.3))).toBeCloseTo(60, 0);
    expect(mean(() => r.binomial(40, 0.1), 40000)).toBeCloseTo(4, 1);
    expect(mean(() => r.exponential(2))).toBeCloseTo(0.5, 1);
    expect(mean(() => r.beta(2, 6))).toBeCloseTo(0.25, 1);
  });
});
