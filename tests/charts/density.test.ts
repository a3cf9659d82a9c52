/**
 * Density plots for large worlds: the 2-D binning counts every point once in the bin that holds
 * it, the spec's size does not grow with the number of accounts, and the accounts a reader looks
 * for (top scores, focus accounts, gamers up to the cap) are still drawn as points.
 */
import { describe, expect, it } from 'vitest';
import { bin2d } from '../../src/charts/density.js';
import { DENSITY_GAMER_CAP, DENSITY_TOP, densityHighlights, scoreVsTruthDensityChart } from '../../src/charts/score-vs-truth-density.js';
import { renderSvg } from '../../src/charts/render.js';
import { Role } from '../../src/model/roles.js';
import { SeedTree } from '../../src/rng.js';

/** A world of `n` accounts: truth log-normal, score correlated with it, 1 in 50 a gamer (score high, truth low). */
function world(n: number, negative = false) {
  const rng = new SeedTree(7).stream('chart-fixture');
  const truth = new Float64Array(n);
  const score = new Float64Array(n);
  const role = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const gamer = i % 50 === 7;
    role[i] = gamer ? Role.gamer : Role.honest;
    truth[i] = gamer ? rng.uniform() : rng.lognormal(1, 1);
    score[i] = (gamer ? 40 * rng.uniform() : truth[i]! * rng.lognormal(0, 0.5)) - (negative ? 3 : 0);
  }
  return { truth, score, role };
}

const log1p10 = (v: number) => Math.log10(v + 1);

describe('bin2d', () => {
  it('counts every finite point once, in the bin whose edges hold it', () => {
    const { truth, score } = world(3000);
    score[5] = Number.NaN;
    const bins = bin2d(truth, score, { xTransform: 'log1p', yTransform: 'log1p', xBins: 20, yBins: 10 });
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(2999);
    expect(bins.length).toBeLessThanOrEqual(200);
    for (let i = 0; i < 3000; i += 97) {
      if (i === 5) continue;
      const x = truth[i]! + 1;
      const y = score[i]! + 1;
      const holding = bins.filter(
        (b) => b.x <= x * (1 + 1e-5) && x <= b.x2 * (1 + 1e-5) && b.y <= y * (1 + 1e-5) && y <= b.y2 * (1 + 1e-5),
      );
      expect(holding.length, `point ${i} lies in a non-empty bin`).toBeGreaterThanOrEqual(1);
    }
    // Edges are regular on the log scale.
    const widths = new Set(bins.map((b) => (log1p10(b.x2 - 1) - log1p10(b.x - 1)).toFixed(3)));
    expect(widths.size).toBe(1);
  });

  it('bins on a symlog scale when values are negative, and gives one bin a width when all values are equal', () => {
    const { truth, score } = world(500, true);
    const bins = bin2d(truth, score, { xTransform: 'log1p', yTransform: 'symlog', xBins: 8, yBins: 8 });
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(500);
    expect(Math.min(...bins.map((b) => b.y))).toBeLessThan(0);
    const flat = bin2d(new Float64Array(10), new Float64Array(10).fill(2), { xTransform: 'log1p', yTransform: 'log1p' });
    expect(flat).toHaveLength(1);
    expect(flat[0]!.count).toBe(10);
    expect(flat[0]!.x2).toBeGreaterThan(flat[0]!.x);
  });
});

describe('score-vs-truth density plot', () => {
  it('draws the top scores, every focus account and the gamers as points, the highest-scored gamers when there are more than the cap', () => {
    const { truth, score, role } = world(100_000);
    const focus = new Map([['nephew', Uint32Array.of(123, 4567)]]);
    const h = densityHighlights(score, truth, role, focus);
    const ids = new Set(h.points.map((p) => p.agent));
    const byScore = Array.from({ length: score.length }, (_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
    for (const i of byScore.slice(0, DENSITY_TOP)) expect(ids.has(i), `top account ${i}`).toBe(true);
    expect(ids.has(123) && ids.has(4567)).toBe(true);
    expect(h.points.find((p) => p.agent === 4567)!.why).toBe('nephew');
    expect(h.gamers).toBe(2000);
    expect(h.gamersDrawn).toBe(DENSITY_GAMER_CAP);
    const gamers = byScore.filter((i) => role[i] === Role.gamer);
    for (const i of gamers.slice(0, DENSITY_GAMER_CAP)) expect(ids.has(i), `gamer ${i}`).toBe(true);
    for (const i of gamers.slice(DENSITY_GAMER_CAP)) if (!byScore.slice(0, DENSITY_TOP).includes(i)) expect(ids.has(i)).toBe(false);
    expect(h.points.map((p) => p.agent)).toEqual([...ids].sort((a, b) => a - b));
  });

  it("keeps the spec's size flat from 20,000 to 200,000 accounts", () => {
    const size = (n: number) => {
      const { truth, score, role } = world(n);
      const h = densityHighlights(score, truth, role);
      return JSON.stringify(scoreVsTruthDensityChart(score, truth, h.points, { scorer: 'klout-like' })).length;
    };
    const small = size(20_000);
    const large = size(200_000);
    expect(large).toBeLessThan(400_000);
    // 10× the accounts: more gamers drawn (400 → the cap of 1,000), the same grid of bins.
    expect(large / small).toBeLessThan(2.5);
  });

  it('renders to an SVG with both axis titles, the bins and the points', async () => {
    const { truth, score, role } = world(8000, true);
    const h = densityHighlights(score, truth, role);
    const svg = await renderSvg(scoreVsTruthDensityChart(score, truth, h.points, { scorer: 'klout-like', xBins: 30, yBins: 20 }));
    expect(svg).toContain('true influence + 1 (real people moved, log scale)');
    expect(svg).toContain('klout-like score (symlog scale)');
    expect(svg).toContain('accounts per square');
    // Both layers drew marks: the bins as rects, the highlighted accounts as symbols.
    expect(svg).toMatch(/class="mark-rect role-mark[^"]*"[^>]*><path aria-label=/);
    expect(svg).toMatch(/class="mark-symbol role-mark[^"]*"[^>]*><path aria-label=/);
  });
});
