/**
 * The learned Klout scorer: its frozen file is well-formed, and its score is the documented
 * formula ŷ = b + Σ_j (w_j / sd_j)(log(1 + x_j) − mean_j), checked by hand on a tiny named world.
 */
import { describe, expect, it } from 'vitest';
import frozen from '../../src/metrics/klout/learned-v1.json' with { type: 'json' };
import { computeFeatures, FEATURE_NAMES } from '../../src/metrics/features.js';
import { getScorer } from '../../src/metrics/registry.js';
import { world } from './graph-scorers.helpers.js';

describe('klout-learned', () => {
  it('has a frozen v1 file over registered features, with finite numbers', () => {
    expect(frozen.version).toBe('v1');
    expect(frozen.features.length).toBeGreaterThan(0);
    for (const f of frozen.features) expect(FEATURE_NAMES).toContain(f);
    for (const arr of [frozen.mean, frozen.sd, frozen.weights]) {
      expect(arr).toHaveLength(frozen.features.length);
      for (const v of arr) expect(Number.isFinite(v)).toBe(true);
    }
    for (const v of frozen.sd) expect(v).toBeGreaterThan(0);
    expect(frozen.training.seeds.length).toBeGreaterThanOrEqual(5);
    expect(frozen.training.r2).toBeGreaterThan(0.3); // it learned something on its own training worlds
  });

  it('scores by the documented formula on a tiny world', () => {
    // 0 ← 1, 0 ← 2, 1 ← 0 (2 and 1 follow 0; 0 follows 1); 1 likes and 2 reshares 0's post.
    const obs = world(
      3,
      [
        [1, 0],
        [2, 0],
        [0, 1],
      ],
      {
        events: [
          { actor: 1, target: 0, kind: 'like' },
          { actor: 2, target: 0, kind: 'reshare' },
        ],
      },
    );
    const got = getScorer('klout-learned').score(obs);
    const feats = computeFeatures(obs, frozen.features);
    for (let i = 0; i < 3; i++) {
      let want = frozen.intercept;
      for (const [j, name] of frozen.features.entries())
        want += (frozen.weights[j]! / frozen.sd[j]!) * (Math.log1p(feats.get(name)![i]!) - frozen.mean[j]!);
      expect(got[i]).toBeCloseTo(want, 12);
    }
    // Account 0 (two followers, two reactions) outscores account 2 (no followers, nothing received).
    expect(got[0]).toBeGreaterThan(got[2]!);
  });
});
