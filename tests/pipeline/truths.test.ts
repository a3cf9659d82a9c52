/**
 * Truth several ways (src/pipeline/truths.ts) on a small world: one row per scorer × truth, the
 * `spread` row is the run's own ρ, `realized` weights spread by posting rate, and the model truths
 * are exactly `goodhart truth --model <id>`'s estimates (same stream truth/a).
 */
import { describe, expect, it } from 'vitest';
import { realIndices } from '../../src/drift/input.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { simulate } from '../../src/engine/simulate.js';
import { getScorer } from '../../src/metrics/registry.js';
import { TRUTH_KINDS, truthKindsFor, truthVectors, truthsAtFinal, truthsCsv } from '../../src/pipeline/truths.js';
import { MAX_REMOVAL_AGENTS } from '../../src/truth/removal.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { gather } from '../../src/stats/ranks.js';
import { spearman } from '../../src/stats/spearman.js';
import { getTruthModel } from '../../src/truth/registry.js';
import { truthAt } from '../../src/truth/snapshot-truth.js';

describe('truths at the final tick', () => {
  const config = resolveRunConfig(getScenario('silent-majority'), { seed: 3, agents: 300, ticks: 5 });
  const result = simulate(config);
  const snap = result.final;
  const spread = truthAt(snap, 3).estimate;
  const scores = new Map(['follower-count', 'reactions-received'].map((id) => [id, getScorer(id).score(snap.observation)]));
  const o = { seed: 3, spread, scores, precision: 0.1 };
  const rows = truthsAtFinal(snap, o);
  const real = realIndices(snap.hidden.role);

  it('has one row per scorer and truth, in order', () => {
    expect(rows.map((r) => `${r.scorer}:${r.truth}`)).toEqual(
      ['follower-count', 'reactions-received'].flatMap((s) => TRUTH_KINDS.map((t) => `${s}:${t.id}`)),
    );
    expect(truthsCsv(rows).split('\n')[0]).toBe('seed,scorer,truth,spearman');
  });
  it('spread is the run truth and realized is spread × posts per tick', () => {
    const v = truthVectors(snap, o);
    expect(v.get('spread')).toBe(spread);
    const i = real[0]!;
    expect(v.get('realized')![i]).toBeCloseTo(spread[i]! * snap.hidden.activity[i]!, 12);
    const fc = gather(scores.get('follower-count')!, real);
    expect(rows[0]!.spearman).toBeCloseTo(spearman(fc, gather(spread, real)), 12);
    // Posting rates differ, so the realized truth ranks people differently.
    expect(rows[1]!.spearman).not.toBeCloseTo(rows[0]!.spearman, 6);
  });
  it('lt, fj and removal are the truth command estimates (stream truth/a)', () => {
    const v = truthVectors(snap, o);
    for (const id of ['lt', 'fj', 'removal'] as const)
      expect(v.get(id)).toEqual(truthAt(snap, 3, { model: getTruthModel(id), precision: 0.1 }).estimate);
  });
});

describe('truths for large worlds', () => {
  it('leaves out removal above its size limit (it reruns the world per person), keeps every other truth', () => {
    const ids = (n: number) => truthKindsFor(n).map((t) => t.id);
    expect(ids(MAX_REMOVAL_AGENTS)).toEqual(TRUTH_KINDS.map((t) => t.id));
    expect(ids(MAX_REMOVAL_AGENTS + 1)).toEqual(['spread', 'realized', 'lt', 'fj']);
  });
});
