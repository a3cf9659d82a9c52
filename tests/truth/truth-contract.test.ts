/**
 * Contract of every registered truth model (src/truth): it describes itself (kebab-case id, one-line
 * description, source), gives every account a finite estimate ≥ 0 with a standard error ≥ 0, gives
 * fake accounts 0, draws only from the stream it is handed (same stream, same estimate), and refuses
 * a world with no real person with a ModelError. (Moved here from models.test.ts, which keeps the
 * per-model reference values.)
 */
import { describe, expect, it } from 'vitest';
import { ModelError, UnknownNameError } from '../../src/errors.js';
import { SeedTree } from '../../src/rng.js';
import { DEFAULT_TRUTH_MODEL, getTruthModel, TRUTH_MODELS } from '../../src/truth/registry.js';
import { hiddenFromEdges, syntheticHidden } from '../../src/truth/synthetic.js';

describe('truth-model registry', () => {
  it('has the default model first', () => {
    expect(TRUTH_MODELS[0]!.id).toBe(DEFAULT_TRUTH_MODEL);
  });
});

describe.each(TRUTH_MODELS.map((m) => [m.id, m] as const))('truth model %s', (id, m) => {
  it('describes itself: kebab-case id, one-line description, a source', () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(m.description.length).toBeGreaterThan(10);
    expect(m.description).not.toContain('\n');
    expect(m.source.length).toBeGreaterThan(3);
  });
});

describe('registry contract (every model)', () => {
  const h = syntheticHidden(400, new SeedTree(5).stream('world'), { botShare: 0.1 });
  it.each(TRUTH_MODELS.map((m) => [m.id, m] as const))('%s: length n, finite, ≥ 0, bots 0, deterministic per stream', (_id, m) => {
    const a = m.estimate(h, new SeedTree(9).stream('truth'), { precision: 0.2 });
    const b = m.estimate(h, new SeedTree(9).stream('truth'), { precision: 0.2 });
    expect(a.model).toBe(m.id);
    expect(a.estimate.length).toBe(h.n);
    expect(a.stderr.length).toBe(h.n);
    for (let v = 0; v < h.n; v++) {
      expect(Number.isFinite(a.estimate[v]!)).toBe(true);
      expect(a.estimate[v]).toBeGreaterThanOrEqual(0);
      expect(a.stderr[v]).toBeGreaterThanOrEqual(0);
      if (h.real[v] === 0) expect(a.estimate[v]).toBe(0);
    }
    expect(Array.from(b.estimate)).toEqual(Array.from(a.estimate));
  });
  it.each(TRUTH_MODELS.map((m) => [m.id, m] as const))('%s: a world with no real person is a ModelError', (_id, m) => {
    expect(() => m.estimate(hiddenFromEdges(3, [[1, 0, 0.5]], []), new SeedTree(1).stream('t'))).toThrow(ModelError);
  });
  it('an unknown model id is an UnknownNameError listing the known ones', () => {
    expect(() => getTruthModel('pagerank')).toThrow(UnknownNameError);
    expect(() => getTruthModel('pagerank')).toThrow(/ic, lt, fj, removal/);
  });
});
