/**
 * The RIS truth sampler's worker pool (src/truth/ris-chunks.ts on src/worker-pool.ts): a worker
 * that dies in the middle of a round, throws from it or fails while starting is reported as a
 * ModelError naming the cause and --threads 1, never waited for, and every worker thread ends.
 * Each failing round runs in its own process (tests/fixtures/truth/ris-pool-driver.mjs) with a
 * time limit, so a pool that waits forever fails here instead of hanging the suite.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { simulate } from '../../src/engine/simulate.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { makeIcSampler, sortedFollowingRows } from '../../src/truth/ic.js';
import { ChunkPool } from '../../src/truth/ris-chunks.js';
import { realAgents } from '../../src/truth/truth-model.js';
import type { Worker } from 'node:worker_threads';

const DRIVER = fileURLToPath(new URL('../fixtures/truth/ris-pool-driver.mjs', import.meta.url));

interface DriverReport {
  readonly workers: number;
  readonly error: { readonly name: string; readonly message: string } | null;
  readonly workersEnded: boolean;
  readonly ms: number;
}

/** One failing round with the stand-in worker `entry`, in a child process given 30 s at most. */
function failingRound(entry: string, threads: number): DriverReport {
  const r = spawnSync(process.execPath, [DRIVER, entry, String(threads)], { encoding: 'utf8', timeout: 30_000 });
  expect(r.signal, `the round with ${entry} did not finish within 30 s: ${r.stderr}`).toBeNull();
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as DriverReport;
}

describe('the RIS worker pool', () => {
  it('reports a worker thread that exits in the middle of a round (ModelError, exit code, --threads 1), and every worker ends', () => {
    const r = failingRound('./ris-worker-exits.mjs', 3);
    expect(r.workers).toBe(2);
    expect(r.error?.name).toBe('ModelError');
    expect(r.error?.message).toMatch(/^an RIS worker thread failed: the worker thread exited during a job \(exit code 7\); --threads 1 /);
    expect(r.workersEnded).toBe(true);
  }, 40_000);

  it('quotes the error a worker threw from its round, and every worker ends, busy ones too', () => {
    const r = failingRound('./ris-worker-throws.mjs', 4);
    expect(r.workers).toBe(3);
    expect(r.error?.name).toBe('ModelError');
    expect(r.error?.message).toMatch(/^an RIS worker thread failed: Error: stand-in RIS worker: a chunk went wrong\n/);
    expect(r.error?.message).toMatch(/; --threads 1 \(threads: 1 in the truth options\) runs without workers$/);
    expect(r.workersEnded).toBe(true);
  }, 40_000);

  it('reports a worker that failed while starting on the first round, without waiting', () => {
    const r = failingRound('./ris-worker-fails-to-load.mjs', 2);
    expect(r.error?.name).toBe('ModelError');
    expect(r.error?.message).toMatch(/^an RIS worker thread failed: stand-in RIS worker: could not load its body; --threads 1 /);
    expect(r.ms).toBeLessThan(1000);
    expect(r.workersEnded).toBe(true);
  }, 40_000);

  it("quotes the real worker's own error: one woken without a round's θ fails that round", () => {
    const r = failingRound('real', 3);
    expect(r.error?.name).toBe('ModelError');
    expect(r.error?.message).toMatch(
      /^an RIS worker thread failed: Error: RIS worker: woken without a round's θ \(got undefined\)\n[\s\S]*; --threads 1 /,
    );
    expect(r.workersEnded).toBe(true);
  }, 40_000);

  describe('with the real workers', () => {
    const h = simulate(resolveRunConfig(getScenario('baseline'), { seed: 2, agents: 400, ticks: 2 })).final.hidden;
    const rows = sortedFollowingRows(h);
    const real = realAgents(h);
    const pool = (threads: number) =>
      new ChunkPool('truth/pool', real, h.n, (rng, deep) => makeIcSampler(h, rng, deep, false, rows), threads, false, {
        kind: 'ic',
        n: h.n,
        ...rows,
      });

    it('count the same RR sets on 1, 2 and 4 threads, round after round, and end when closed', async () => {
      const counts: string[][] = [];
      const ends: Promise<unknown>[] = [];
      for (const threads of [1, 2, 4]) {
        const p = pool(threads);
        const workers = (p as unknown as { pool: { workers: readonly Worker[] } }).pool.workers;
        expect(workers).toHaveLength(threads - 1);
        ends.push(...workers.map((w) => new Promise((resolve) => w.once('exit', resolve))));
        const rounds: string[] = [];
        try {
          for (const theta of [500, 1234, 4000]) {
            p.drawTo(theta);
            rounds.push(Buffer.from(p.merged().buffer).toString('base64'));
          }
        } finally {
          p.close();
        }
        counts.push(rounds);
      }
      expect(counts[1]).toEqual(counts[0]);
      expect(counts[2]).toEqual(counts[0]);
      expect(counts[0]![2]).not.toBe(counts[0]![1]); // the rounds drew more sets: the comparison can fail
      await Promise.race([
        Promise.all(ends),
        new Promise((_, reject) => setTimeout(() => reject(new Error('a worker outlived its closed pool')), 10_000).unref()),
      ]);
    }, 60_000);

    it('refuse a round after close, naming --threads 1', () => {
      const p = pool(2);
      p.drawTo(100);
      p.close();
      p.close(); // idempotent
      expect(() => p.drawTo(200)).toThrow(/RIS worker thread was asked for a job after its pool closed.*--threads 1/);
      const inner = (p as unknown as { pool: { finishAll(): void; post(w: number, m: unknown): void } }).pool;
      expect(() => inner.finishAll()).toThrow(/RIS worker thread was waited for after its pool closed/);
      expect(() => inner.post(0, { theta: 1 })).toThrow(/RIS worker thread was sent a message after its pool closed/);
    });
  });
});
