/**
 * Slurm test harness: is a Slurm cluster up here (`sinfo` shows a usable node)?; submit a script
 * with `sbatch` and wait for the job, or every task of the array, to leave the queue (squeue is
 * polled for the job id until it no longer lists it; sacct is not needed, so no accounting
 * database). `scripts/slurm-local.sh start` brings up the one-node cluster the tests use.
 *
 * Under CI (`process.env.CI` set) a missing or stopped Slurm must FAIL the cluster tests; locally
 * they may be skipped with a printed reason. Use `slurmSkipReason` with vitest's `it.skipIf`, and
 * `assertSlurmUp` first thing in each test.
 */
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** The state of the first node as `sinfo` reports it, or an explanation of why there is none. */
export function slurmState(): { up: boolean; detail: string } {
  const r = spawnSync('sinfo', ['-h', '-N', '-o', '%N %T'], { encoding: 'utf8', timeout: 20_000 });
  if (r.error) return { up: false, detail: `sinfo could not run (${(r.error as NodeJS.ErrnoException).code ?? r.error.message})` };
  if (r.status !== 0) return { up: false, detail: `sinfo failed: ${r.stderr.trim() || `exit ${r.status}`}` };
  const line = r.stdout.trim().split('\n')[0] ?? '';
  const state = line.split(' ')[1] ?? '';
  const up = /^(idle|mixed|allocated|completing)$/.test(state);
  return { up, detail: line ? `node ${line}` : 'sinfo lists no node' };
}

const HOW = 'start one with: apt-get install -y --no-install-recommends slurm-wlm munge && sh scripts/slurm-local.sh start (as root)';

/** Why the Slurm tests are skipped here, or null when they must run (always null under CI). */
export function slurmSkipReason(): string | null {
  if (process.env.CI) return null;
  const s = slurmState();
  if (s.up) return null;
  const reason = `Slurm is not up (${s.detail}); ${HOW}; Slurm tests skipped locally`;
  console.warn(reason);
  return reason;
}

/** Throw, naming what `sinfo` says and how to start Slurm, unless a node is up. */
export function assertSlurmUp(): void {
  const s = slurmState();
  if (!s.up) throw new Error(`Slurm is not up (${s.detail}); ${HOW}`);
}

/** Submit `script` (a file) with sbatch from `cwd`; returns the job id. */
export function sbatch(script: string, cwd?: string): string {
  const r = spawnSync('sbatch', ['--parsable', script], { encoding: 'utf8', timeout: 60_000, ...(cwd ? { cwd } : {}) });
  if (r.status !== 0) throw new Error(`sbatch ${script} failed (exit ${r.status}): ${r.stderr.trim() || r.error?.message}`);
  const id = r.stdout.trim().split(';')[0]!;
  if (!/^\d+$/.test(id)) throw new Error(`sbatch printed no job id: ${JSON.stringify(r.stdout)}`);
  return id;
}

/** Whether squeue still lists job `id` (any task of an array); a job purged from slurmctld counts as gone. */
export function inQueue(id: string): boolean {
  const r = spawnSync('squeue', ['-h', '-j', id, '-o', '%i %T'], { encoding: 'utf8', timeout: 20_000 });
  if (r.status !== 0) {
    if (/Invalid job id/i.test(r.stderr)) return false;
    throw new Error(`squeue -j ${id} failed (exit ${r.status}): ${r.stderr.trim()}`);
  }
  return r.stdout.trim() !== '';
}

/** Poll squeue every `pollMs` until job `id` has left the queue; throws after `timeoutMs` (the job is cancelled then). */
export async function waitForJob(id: string, timeoutMs = 240_000, pollMs = 500): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (inQueue(id)) {
    if (Date.now() > end) {
      spawnSync('scancel', [id]);
      throw new Error(`Slurm job ${id} still queued or running after ${timeoutMs / 1000} s (cancelled)`);
    }
    await sleep(pollMs);
  }
}

/** Submit a script with sbatch, wait until every task has left the queue, return the job id. */
export async function submitAndWait(script: string, opts: { cwd?: string; timeoutMs?: number } = {}): Promise<string> {
  const id = sbatch(script, opts.cwd);
  await waitForJob(id, opts.timeoutMs);
  return id;
}
