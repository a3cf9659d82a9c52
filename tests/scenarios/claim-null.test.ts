/**
 * The range-restriction null of scenario claims (copulaTopSpearmanNull): it reproduces the known
 * size of range restriction, is seeded, and tells selection from a real effect at the top.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/rng.js';
import { copulaTopSpearmanNull, spearmanAmong, topK } from '../../src/scenarios/claims/claim-stats.js';

describe('copulaTopSpearmanNull', () => {
  it('gives ρ ≈ 0.35 inside the top 10% of a bivariate normal with overall ρ 0.72 (the audit figure)', () => {
    const b = copulaTopSpearmanNull(0.72, 3000, 300, 100, new Rng('null-a'));
    expect(b.mean).toBeGreaterThan(0.3);
    expect(b.mean).toBeLessThan(0.4);
    expect(b.lo).toBeLessThan(b.mean);
    expect(b.hi).toBeGreaterThan(b.mean);
  });

  it('gives ρ ≈ 0 at the top when there is no association, and ρ ≈ 1 when there is a perfect one', () => {
    expect(Math.abs(copulaTopSpearmanNull(0, 2000, 200, 60, new Rng('null-b')).mean)).toBeLessThan(0.05);
    expect(copulaTopSpearmanNull(1, 2000, 200, 5, new Rng('null-c')).mean).toBeCloseTo(1, 10);
  });

  it('is the same for the same stream', () => {
    expect(copulaTopSpearmanNull(0.5, 500, 50, 20, new Rng('same'))).toEqual(copulaTopSpearmanNull(0.5, 500, 50, 20, new Rng('same')));
  });

  it('separates selection from a real effect at the top', () => {
    // World A: a copula world — only selection acts, so the top-10% ρ falls inside the null band.
    // World B: the same world with y scrambled among the top 10% by x — agreement at the top is destroyed
    // by a mechanism of its own, so the top-10% ρ falls below the band.
    const rng = new Rng('worlds');
    const n = 3000;
    const r = 2 * Math.sin((Math.PI * 0.7) / 6);
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = rng.normal();
      y[i] = r * x[i]! + Math.sqrt(1 - r * r) * rng.normal();
    }
    const all = Uint32Array.from({ length: n }, (_, i) => i);
    const top = topK(x, 300, all);
    const overall = spearmanAmong(x, y, all);
    const band = copulaTopSpearmanNull(overall, n, 300, 100, new Rng('band'));
    const a = spearmanAmong(x, y, top);
    expect(a).toBeGreaterThanOrEqual(band.lo);
    expect(a).toBeLessThanOrEqual(band.hi);
    const yb = Float64Array.from(y);
    const vals = top.map((i) => y[i]!);
    for (let k = vals.length - 1; k > 0; k--) {
      const j = rng.int(k + 1);
      [vals[k], vals[j]] = [vals[j]!, vals[k]!];
    }
    top.forEach((i, k) => {
      yb[i] = vals[k]!;
    });
    expect(spearmanAmong(x, yb, top)).toBeLessThan(band.lo);
  });
});
