/**
 * Deterministic parallel RIS (src/truth/ris-chunks.ts): the RR sets are split into fixed chunks
 * with their own streams, so the estimate is byte-identical whatever the thread count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { simulate } from '../../src/engine/simulate.js';
import { ParameterError } from '../../src/errors.js';
import { SeedTree } from '../../src/rng.js';
import { DEFAULT_SCENARIO, getScenario } from '../../src/scenarios/registry.js';
import { icSpread } from '../../src/truth/ic.js';
import { chunkTotal, RIS_CHUNKS } from '../../src/truth/ris-chunks.js';

const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

describe('chunk shares', () => {
  it('sum to θ and never decrease as θ grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 5000 }), (theta, step) => {
        let sum = 0;
        for (let k = 0; k < RIS_CHUNKS; k++) {
          const c = chunkTotal(theta, k);
          sum += c;
          expect(chunkTotal(theta + step, k)).toBeGreaterThanOrEqual(c);
        }
        expect(sum).toBe(theta);
      }),
    );
  });
});

describe('RIS on worker threads', () => {
  const h = simulate(resolveRunConfig(getScenario(DEFAULT_SCENARIO), { seed: 3, agents: 1500, ticks: 2 })).final.hidden;

  it('gives byte-identical estimates and stderrs on 1, 2, 3 and 4 threads (adaptive sample size)', () => {
    const runs = [1, 2, 3, 4].map((threads) => icSpread(h, new SeedTree(5).stream('truth/a'), { threads, precision: 0.1 }));
    expect(runs[0]!.samples).toBeGreaterThan(0);
    for (const r of runs.slice(1)) {
      expect(r.samples).toBe(runs[0]!.samples);
      expect(bytes(r.estimate)).toBe(bytes(runs[0]!.estimate));
      expect(bytes(r.stderr)).toBe(bytes(runs[0]!.stderr));
    }
    // A different stream gives a different estimate (the comparison above can fail).
    const other = icSpread(h, new SeedTree(6).stream('truth/a'), { threads: 2, precision: 0.1 });
    expect(bytes(other.estimate)).not.toBe(bytes(runs[0]!.estimate));
  }, 60_000);

  it('rejects a thread count outside 1 … RIS_CHUNKS', () => {
    for (const threads of [0, RIS_CHUNKS + 1, 1.5]) {
      expect(() => icSpread(h, new SeedTree(5).stream('truth/a'), { threads, samples: 100 })).toThrow(ParameterError);
    }
  });
});
