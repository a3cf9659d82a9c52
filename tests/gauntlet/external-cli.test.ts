/**
 * `goodhart gauntlet --scorers cmd:"…"` end to end, as a user types it, on the `smoke` suite:
 * the shell + awk follower count gives exactly the built-in follower-count's result (every attack,
 * the adaptive attacker included, which calls the program as a black box), and the comparison of
 * the adaptive attacker with the best fixed attack is printed and written; a program that fails
 * in some cells fails those cells only (exit 3, each reason naming the scorer and the problem);
 * a program that never exits costs one --scorer-timeout per attack; on a worker thread, a
 * program's run gets its own limit on top of the job's (the pool extends the job's deadline).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { GauntletResult } from '../../src/gauntlet/result.js';
import { CellPool } from '../../src/gauntlet/pool.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { simulate } from '../../src/engine/simulate.js';
import { getScenario } from '../../src/scenarios/registry.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'gauntlet-external-'));
const read = (out: string) => JSON.parse(readFileSync(join(out, 'gauntlet.json'), 'utf8')) as GauntletResult;

async function goodhart(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run('node', ['bin/goodhart.mjs', 'gauntlet', '--suite', 'smoke', '--quiet', ...args], {
      cwd: process.cwd(),
      maxBuffer: 1 << 24,
    });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

describe('goodhart gauntlet with an external scorer (suite smoke)', () => {
  it('shell + awk follower count = the built-in follower-count, adaptive attacker included; the gap is reported', async () => {
    const [ext, builtIn] = await Promise.all([
      goodhart('--scorers', 'cmd:sh examples/scorers/follower_count.sh', '--out', join(dir, 'sh')),
      goodhart('--scorers', 'follower-count', '--out', join(dir, 'builtin')),
    ]);
    expect(ext.code, ext.err).toBe(0);
    expect(builtIn.code, builtIn.err).toBe(0);
    const e = read(join(dir, 'sh'));
    const b = read(join(dir, 'builtin'));
    expect(e.scorer).toMatchObject({ id: 'cmd:sh_examples_scorers_follower_count.sh', from: 'command', version: 'external' });
    expect(e.failures).toEqual([]);
    expect(e.attacks).toEqual(b.attacks);
    expect(e.adaptiveGap).toEqual(b.adaptiveGap);
    // Smoke: the adaptive attacker's budget 200 is also on the ladders of these three fixed attacks.
    expect(e.adaptiveGap!.rows[0]!.compared).toEqual(['bought-followers', 'alister-bait', 'volume-spam']);
    expect(ext.out).toMatch(
      /adaptive attacker vs the best fixed attack.*\n {4}budget 200: adaptive \d\.\d{3}, best fixed \d\.\d{3} \([a-z-]+\), gap [+−]\d\.\d{3}/,
    );
    expect(readFileSync(join(dir, 'sh', 'gauntlet.html'), 'utf8')).toContain('Adaptive attacker against the best fixed attack');
  });

  it('a program that fails in some cells fails those cells only, naming the scorer and the problem (exit 3)', async () => {
    // Fails whenever an attack added accounts (n > 300), answers correctly otherwise.
    const cmd =
      'cmd:[ "$GOODHART_N" -le 300 ] || { echo "too many accounts: $GOODHART_N" >&2; exit 4; }; sh examples/scorers/follower_count.sh';
    const out = join(dir, 'partial');
    const r = await goodhart('--scorers', cmd, '--out', out);
    expect(r.code, r.err).toBe(3);
    expect(r.err).toMatch(/the scorer failed in \d+ cell\(s\)/);
    expect(r.err).toMatch(
      /bought-followers budget 200 seed 1: ExternalScorerError: scorer cmd:\S+: exited with code 4; stderr: "too many accounts: 3\d\d"/,
    );
    const g = read(out);
    const by = (id: string) => g.attacks.find((a) => a.id === id)!;
    expect(by('bought-followers').rows[1]!.failed).toBe(2);
    expect(by('bought-followers').rows[0]!.measures.auc.mean).not.toBeNull(); // budget 0 adds no accounts
    expect(by('volume-spam').rows[1]!.failed).toBe(0); // an attack without fake accounts ran throughout
  });

  it('a program that never exits is stopped at --scorer-timeout, at most once per attack and thread, and the run finishes (exit 3)', async () => {
    const out = join(dir, 'stuck');
    const t0 = performance.now();
    const r = await goodhart('--scorers', 'cmd:sleep 600', '--scorer-timeout', '1', '--out', out);
    expect(r.code, r.err).toBe(3);
    expect(performance.now() - t0).toBeLessThan(120_000);
    const g = read(out);
    const reasons = g.failures.map((f) => f.reason);
    expect(reasons.length).toBe(36); // every cell of the suite failed...
    const timedOut = reasons.filter((x) => /scorer cmd:sleep_600: timed out: no answer within 1 s \(--scorer-timeout\)/.test(x));
    // ...one time-out per attack and worker thread at most (2 run at once); its other cells were skipped.
    expect(timedOut.length).toBeGreaterThanOrEqual(9);
    expect(timedOut.length).toBeLessThanOrEqual(18);
    expect(reasons.filter((x) => x.startsWith('skipped: the scorer timed out earlier')).length).toBe(36 - timedOut.length);
  });

  it("a worker's job limit is extended by each program run's own limit", async () => {
    const obs = simulate(resolveRunConfig(getScenario('baseline'), { seed: 1, agents: 50, ticks: 2 })).final.observation;
    const answer = `awk -v n="$GOODHART_N" 'BEGIN { for (a = 0; a < n; a++) print a "," a }' </dev/null`;
    const pool = new CellPool(1, 1000); // 1 s per job
    try {
      const slow = await pool.score({
        scorer: { kind: 'command', cmd: `sleep 2; ${answer}`, limits: { timeoutSeconds: 30, memoryMb: 0 } },
        obs,
      });
      expect(slow.ok, slow.ok ? '' : slow.reason).toBe(true); // 2 s > the job's 1 s, < the run's 30 s
      const stuck = await pool.score({ scorer: { kind: 'command', cmd: 'sleep 600', limits: { timeoutSeconds: 1, memoryMb: 0 } }, obs });
      expect(stuck.ok ? '' : stuck.reason).toMatch(/timed out: no answer within 1 s \(--scorer-timeout\)/);
    } finally {
      await pool.close();
    }
  });
});
