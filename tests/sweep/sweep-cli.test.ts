// `goodhart sweep` as a user types it: a sweep killed with SIGKILL at several points and run again
// ends with exactly the rows of an uninterrupted run (as a sorted set and byte for byte); shards
// merged give the same bytes; the API gives the CLI's bytes; bad input is one message and exit 2,
// failed cells exit 4.
// The reference run, the killed sweeps and their resumes, the failed-cells run and the first bad
// input start the real binary; the shards, merges and other checks run the same entry, `main()`, in
// this process (`goodhartInProcess`), which saves ~2 s of start-up per call.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodhart, ROOT } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';
import { sweep } from '../../src/api.js';

const KILL = join(ROOT, 'tests', 'fixtures', 'sweep-kill.json');
const BIN = join(ROOT, 'bin', 'goodhart.mjs');
const root = mkdtempSync(join(tmpdir(), 'goodhart-sweep-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const rows = (dir: string) => readFileSync(join(dir, 'rows.csv'), 'utf8');
const sortedSet = (text: string) => text.trimEnd().split('\n').slice(1).sort();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let reference = '';
beforeAll(() => {
  const r = goodhart(['sweep', KILL, '--out', join(root, 'ref'), '--workers', '1', '-q']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('sweep: 12 cells: 12 run, 0 already done, 0 failed');
  reference = rows(join(root, 'ref'));
});

/** Start a sweep, SIGKILL it once `k` cells are finished; resolves to the signal it ended with. */
async function killAfter(out: string, k: number): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [BIN, 'sweep', KILL, '--out', out, '--workers', '2', '-q'], { cwd: ROOT, stdio: 'ignore' });
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let exited = false;
  void ended.then(() => (exited = true));
  const cells = join(out, 'cells');
  while (!exited) {
    const n = existsSync(cells) ? readdirSync(cells).filter((f) => /^c\d{6}\.csv$/.test(f)).length : 0;
    if (n >= k) {
      child.kill('SIGKILL');
      break;
    }
    await sleep(10);
  }
  return ended;
}

describe('goodhart sweep', () => {
  it('killed with SIGKILL after k finished cells (several k), the same command resumes to the uninterrupted rows', async () => {
    for (const k of [0, 3, 7, 11]) {
      const out = join(root, `kill-${k}`);
      const signal = await killAfter(out, k);
      expect(signal, `k = ${k}`).toBe('SIGKILL');
      expect(existsSync(join(out, 'rows.csv')), `k = ${k}`).toBe(false);
      const done = existsSync(join(out, 'cells')) ? readdirSync(join(out, 'cells')).filter((f) => /^c\d{6}\.csv$/.test(f)).length : 0;
      expect(done).toBeGreaterThanOrEqual(k);
      const r = goodhart(['sweep', KILL, '--out', out, '--workers', '2', '-q']);
      expect(r.code, r.stderr).toBe(0);
      if (done > 0) expect(r.stderr).toContain(`resuming: ${done} of 12 cells already done`);
      // the killed sweep's lock is left behind; its pid is dead, so the rerun takes it over
      if (done > 0) expect(r.stderr).toMatch(/^taking over a stale lock of .*, is no longer running$/m);
      expect(sortedSet(rows(out))).toEqual(sortedSet(reference));
      expect(rows(out)).toBe(reference);
      expect(readdirSync(join(out, 'cells')).every((f) => /^c\d{6}\.csv$/.test(f))).toBe(true); // no temporary leftovers
    }
  }, 900_000); // eight CLI runs: minutes on a busy 2-core machine

  it('three shards (one from a Slurm array environment) merged: the bytes of one run', async () => {
    const dirs = [1, 2, 3].map((i) => join(root, `shard-${i}`));
    for (const i of [1, 2]) {
      const r = await goodhartInProcess(['sweep', KILL, '--out', dirs[i - 1]!, '--shard', `${i}/3`, '--workers', '1', '-q']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`sweep: 4 cells (shard ${i}/3)`);
    }
    const slurm = await goodhartInProcess(['sweep', KILL, '--out', dirs[2]!, '--workers', '1', '-q'], {
      env: { SLURM_ARRAY_TASK_ID: '12', SLURM_ARRAY_TASK_MIN: '10', SLURM_ARRAY_TASK_MAX: '12', SLURM_ARRAY_TASK_COUNT: '3' },
    });
    expect(slurm.code, slurm.stderr).toBe(0);
    expect(readdirSync(join(dirs[2]!, 'cells')).sort()).toEqual(['c000002.csv', 'c000005.csv', 'c000008.csv', 'c000011.csv']);
    expect(JSON.parse(readFileSync(join(dirs[2]!, 'shard.json'), 'utf8'))).toEqual({ count: 3, index: 3 });
    const partial = await goodhartInProcess(['sweep', 'merge', join(root, 'merged'), dirs[0]!, dirs[1]!]);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain('4 of 12 cells are in none of them (first: c000002)');
    const m = await goodhartInProcess(['sweep', 'merge', join(root, 'merged'), ...dirs]);
    expect(m.code, m.stderr).toBe(0);
    expect(rows(join(root, 'merged'))).toBe(reference);
    expect(existsSync(join(root, 'merged', 'rows.parquet'))).toBe(true);
  });

  it('a cell computes what goodhart run computes: its drift.csv rows and its claims', async () => {
    const file = join(root, 'as-run.json');
    writeFileSync(
      file,
      JSON.stringify({
        scenario: 'silent-majority',
        base: { 'world.agents': 150, 'world.ticks': 8 },
        points: [{}],
        seeds: [3],
        scorers: ['follower-count', 'pagerank'],
        measures: ['spearman', 'ndcg-at-k'],
        ticks: 'all',
      }),
    );
    const s = await goodhartInProcess(['sweep', file, '--out', join(root, 'as-run'), '--workers', '1', '-q']);
    expect(s.code, s.stderr).toBe(0);
    const r = await goodhartInProcess([
      'run',
      'silent-majority',
      '--seed',
      '3',
      '--agents',
      '150',
      '--ticks',
      '8',
      '--scorers',
      'follower-count,pagerank',
      '--measures',
      'spearman,ndcg-at-k',
      '--out',
      join(root, 'run'),
      '-q',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const swept = rows(join(root, 'as-run')).trimEnd().split('\n').slice(1);
    // Every snapshot (ticks "all": silent-majority records at ticks 5 and 7 here), scorer, measure and the noise ceiling.
    const drift = readFileSync(join(root, 'run', 'drift.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').slice(2).join(','));
    const claims = readFileSync(join(root, 'run', 'claims.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(drift.length).toBe(4 + 6); // tick 5: 2 scorers × 2 measures; final tick 7: and the noise ceiling
    expect(swept.filter((l) => !l.includes(',claim:')).map((l) => l.split(',').slice(2).join(','))).toEqual(drift);
    expect(swept.filter((l) => l.includes(',claim:')).map((l) => l.split(',').slice(4).join(','))).toEqual(
      // A sweep row is the claim's verdict under the truth it names (claims.csv: named true).
      claims.filter((c) => c[4] === 'true').map((c) => `claim:${c[2]},${c[5] === 'true' ? 1 : 0}`),
    );
  });

  it('the API sweep() writes the same rows.csv bytes as the CLI', async () => {
    const out = await sweep(KILL, { out: join(root, 'api'), workers: 2 });
    expect(out.failed).toEqual([]);
    expect(rows(out.dir)).toBe(reference);
  });

  it('failed cells: recorded, the rest written, exit code 4 with a summary line', () => {
    const raw = JSON.parse(readFileSync(KILL, 'utf8'));
    const file = join(root, 'failing.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...raw,
        grid: { 'roles.gamer': [0, 0.5] },
        base: { ...raw.base, 'roles.capitalist': 0.5, 'roles.broadcaster': 0.5 },
        seeds: [1],
      }),
    );
    const r = goodhart(['sweep', file, '--out', join(root, 'failing'), '--workers', '1', '-q']);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stdout).toContain('sweep: 2 cells: 2 run, 0 already done, 1 failed');
    expect(r.stdout).toContain('1 of 2 cells failed (first: c000001: ModelError: the population of 200 agents is too small');
    expect(readdirSync(join(root, 'failing', 'failed'))).toEqual(['c000001.json']);
    expect(
      rows(join(root, 'failing'))
        .split('\n')
        .filter((l) => l.startsWith('c000000,')).length,
    ).toBeGreaterThan(0);
  });

  it('bad input: one message naming the field, exit 2, nothing written', async () => {
    const bad = join(root, 'bad.json');
    writeFileSync(bad, '{\n  "scenario": "silent-majority",\n  "grid": { "roles.gamer": [0.1,] }\n}\n');
    const r = goodhart(['sweep', bad, '--out', join(root, 'bad-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^goodhart sweep: .*bad\.json:3: column \d+: .*\(not valid JSON\)/);
    expect(r.stderr).not.toContain('    at ');
    expect(existsSync(join(root, 'bad-out'))).toBe(false);
    const shard = await goodhartInProcess(['sweep', KILL, '--shard', '3/2', '--out', join(root, 'bad-out')]);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('invalid --shard: "3/2"');
    // Another experiment's folder is refused, naming the first differing field; its rows are kept.
    const raw = JSON.parse(readFileSync(KILL, 'utf8'));
    const other = join(root, 'other.json');
    writeFileSync(other, JSON.stringify({ ...raw, seeds: [1, 3] }));
    const mixed = await goodhartInProcess(['sweep', other, '--out', join(root, 'ref')]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('it holds the sweep of another experiment, which differs at "seeds"');
    expect(rows(join(root, 'ref'))).toBe(reference);
    const dry = await goodhartInProcess(['sweep', KILL, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('12 cells → results/sweeps/sweep-kill');
  });
});
