// Two processes on one sweep folder, as a user runs them: while another process holds the folder's
// lock, `goodhart sweep` (and `sweep report`) is refused with one message and exit code 5, nothing
// written; a lock left by a dead process is taken over with a message and the sweep completes;
// two sweeps started at the same moment never both write the folder.
// The sweep that finishes after the lock is released runs `main()` in this process (goodhartInProcess,
// ~2 s less start-up); every call that meets a lock held by another process starts the real binary.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodhart, ROOT } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';
import { acquireSweepLock, LOCK_FILE } from '../../src/sweep/lock.js';

const BIN = join(ROOT, 'bin', 'goodhart.mjs');
const root = mkdtempSync(join(tmpdir(), 'goodhart-lock-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const EXP = join(root, 'lock.json');
writeFileSync(
  EXP,
  JSON.stringify({
    scenario: 'silent-majority',
    base: { 'world.agents': 120, 'world.ticks': 4, 'activity.recordEvery': 2 },
    grid: { 'activity.activityScale': [0.5, 2] },
    seeds: [1],
    scorers: ['follower-count'],
    measures: ['spearman'],
  }),
);

/** Run `goodhart sweep EXP --out dir` in the background; resolves to its exit code and stderr. */
function sweepAsync(out: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'sweep', EXP, '--out', out, '--workers', '1', '-q'], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.resume();
  return new Promise((res) => child.on('exit', (code) => res({ code, stderr })));
}

describe('one writer per sweep folder', () => {
  it('a folder locked by a live process: sweep and sweep report are refused (exit 5), nothing written; then it runs', async () => {
    const out = join(root, 'held');
    const first = goodhart(['sweep', EXP, '--out', out, '--workers', '1', '-q']);
    expect(first.code, first.stderr).toBe(0);
    const before = readFileSync(join(out, 'rows.csv'));
    rmSync(join(out, 'cells', 'c000001.csv'));
    const lock = acquireSweepLock(out); // this test process is the other, live writer
    try {
      const r = goodhart(['sweep', EXP, '--out', out, '--workers', '1', '-q']);
      expect(r.code).toBe(5);
      expect(r.stderr.trim()).toBe(
        `goodhart sweep: ${out} is being written by another sweep: pid ${process.pid} on ${hostname()}, started ${new Date(lock.info.started).toISOString().replace(/\.\d{3}Z$/, 'Z')} holds ${LOCK_FILE} and is running; wait for it to end`,
      );
      expect(existsSync(join(out, 'cells', 'c000001.csv'))).toBe(false);
      const rep = goodhart(['sweep', 'report', out]);
      expect(rep.code).toBe(5);
      expect(rep.stderr).toMatch(/is being written by another sweep: pid \d+ /);
    } finally {
      lock.release();
    }
    const again = await goodhartInProcess(['sweep', EXP, '--out', out, '--workers', '1', '-q']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('resuming: 1 of 2 cells already done');
    expect(readFileSync(join(out, 'rows.csv')).equals(before)).toBe(true);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  }, 600_000); // four CLI runs: minutes on a busy 2-core machine

  it('a lock left by a dead process on this host is taken over with a message', () => {
    const out = join(root, 'stale');
    cpSync(join(root, 'held'), out, { recursive: true }); // the finished sweep of the test above
    const dead = Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());
    writeFileSync(join(out, LOCK_FILE), JSON.stringify({ pid: dead, host: hostname(), started: Date.now() - 5000 }));
    rmSync(join(out, 'cells', 'c000000.csv'));
    const r = goodhart(['sweep', EXP, '--out', out, '--workers', '1', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(`^taking over a stale lock of ${out}: pid ${dead} on ${hostname()}, started \\S+, is no longer running$`, 'm'),
    );
    expect(readdirSync(out)).not.toContain(LOCK_FILE);
    expect(readFileSync(join(out, 'rows.csv')).equals(readFileSync(join(root, 'held', 'rows.csv')))).toBe(true);
  }, 600_000);

  it('two sweeps started at once on a new folder: never both write it (one runs; the other is refused or finds it done)', async () => {
    const out = join(root, 'race');
    const [a, b] = await Promise.all([sweepAsync(out), sweepAsync(out)]);
    const ran = [a, b].filter((r) => r.code === 0 && !r.stderr.includes('resuming'));
    expect(ran, `${a.code} ${a.stderr}\n${b.code} ${b.stderr}`).toHaveLength(1);
    const other = ran[0] === a ? b : a;
    if (other.code === 5) expect(other.stderr).toMatch(/is being written by another sweep: pid \d+ on /);
    else {
      expect(other.code, other.stderr).toBe(0);
      expect(other.stderr).toContain('resuming: 2 of 2 cells already done');
    }
    // the rows of one uninterrupted sweep of the same experiment (the first test's)
    expect(readFileSync(join(out, 'rows.csv')).equals(readFileSync(join(root, 'held', 'rows.csv')))).toBe(true);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  }, 600_000);
});
