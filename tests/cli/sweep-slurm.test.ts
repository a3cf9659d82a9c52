// `goodhart sweep slurm` as a user types it: the script, the cluster folder, the printed next steps, refusals.
// The first call and `goodhart --help` start the real binary; the others (each mostly start-up: the
// command only writes a script) run the same entry, `main()`, in this process (goodhartInProcess).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, goodhart } from '../helpers/cli.js';
import { goodhartInProcess } from '../helpers/cli-in-process.js';

const tmp = mkdtempSync(join(tmpdir(), 'goodhart-sweep-slurm-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const EXP = join(ROOT, 'experiments', 'tiny.json');

/** The words bash makes of one line, with SLURM_ARRAY_TASK_ID=2 (nothing executed but printf). */
function bashWords(line: string): string[] {
  const r = spawnSync('bash', ['-c', `set -- ${line}; printf '%s\\0' "$@"`], {
    encoding: 'utf8',
    env: { ...process.env, SLURM_ARRAY_TASK_ID: '2' },
  });
  return r.stdout.split('\0').slice(0, -1);
}

describe('goodhart sweep slurm', () => {
  it('writes DIR/sweep.sbatch and DIR/logs/, and prints how to submit and merge', () => {
    const out = join(tmp, 'my sweep');
    const r = goodhart(['sweep', 'slurm', EXP, '--shards', '3', '--out', out, '--partition', 'debug', '--time', '00:10:00']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const script = readFileSync(join(out, 'sweep.sbatch'), 'utf8');
    expect(statSync(join(out, 'logs')).isDirectory()).toBe(true);
    expect(existsSync(join(out, '.goodhart.json'))).toBe(true);
    expect(script).toContain('#SBATCH --array=1-3\n');
    expect(script).toContain(`#SBATCH --output="${out}/logs/shard-%a.out"\n`);
    expect(script).toContain(`#SBATCH --chdir="${ROOT}"\n`);
    expect(script).toContain('#SBATCH --partition=debug\n');
    expect(script).toContain('#SBATCH --time=00:10:00\n');
    const run = script.split('\n').find((l) => l.includes(' sweep ') && !l.startsWith('#'))!;
    // the same node and goodhart as this command, by absolute path
    expect(bashWords(run)).toEqual([process.execPath, join(ROOT, 'bin', 'goodhart.mjs'), 'sweep', EXP, '--out', `${out}/shard-2`]);
    expect(r.stdout).toContain(`submit: sbatch '${out}/sweep.sbatch'`);
    const merge = /merge, when no task is left: (.*)/.exec(r.stdout)![1]!;
    expect(bashWords(merge).slice(2)).toEqual(['sweep', 'merge', `${out}/merged`, `${out}/shard-1`, `${out}/shard-2`, `${out}/shard-3`]);
    expect(script.trimEnd().endsWith(`# ${merge}`)).toBe(true);
    expect(spawnSync('bash', ['-n', join(out, 'sweep.sbatch')]).status).toBe(0);
  });

  it('refuses, with one line naming the field and what is allowed, before writing anything (the checks of each option are unit-tested in tests/sweep)', async () => {
    const out = join(tmp, 'refused');
    const notJson = join(tmp, 'bad.json');
    writeFileSync(notJson, '{"scenario": ');
    const cases: [string[], RegExp][] = [
      [[EXP], /invalid --shards: \(missing\)/],
      [[EXP, '--shards', '0'], /invalid --shards: "0" \(allowed: a whole number from 1 to 10,000/],
      [[EXP, '--shards', '3', '--time', '1h'], /invalid --time: "1h"/],
      [
        [join(tmp, 'missing.json'), '--shards', '3'],
        /invalid <experiment>: ".*missing.json" \(allowed: a readable experiment file \(JSON or YAML\) \(ENOENT\)\)/,
      ],
      [[notJson, '--shards', '3'], /bad\.json:1: column 14: a value .* \(not valid JSON\)/],
    ];
    for (const [args, message] of cases) {
      const r = await goodhartInProcess(['sweep', 'slurm', ...args, '--out', out]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('never writes over a folder it did not write, nor over its own without --force', async () => {
    const mine = join(tmp, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'keep me');
    const r = await goodhartInProcess(['sweep', 'slurm', EXP, '--shards', '2', '--out', mine, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid --out/);
    expect(readFileSync(join(mine, 'notes.txt'), 'utf8')).toBe('keep me');

    const again = join(tmp, 'again');
    expect((await goodhartInProcess(['sweep', 'slurm', EXP, '--shards', '2', '--out', again])).code).toBe(0);
    const second = await goodhartInProcess(['sweep', 'slurm', EXP, '--shards', '4', '--out', again]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/add --force to replace it/);
    expect((await goodhartInProcess(['sweep', 'slurm', EXP, '--shards', '4', '--out', again, '--force'])).code).toBe(0);
    expect(readFileSync(join(again, 'sweep.sbatch'), 'utf8')).toContain('--array=1-4\n');
    // once a shard has run into it, the folder holds what the command did not write: refused even with --force
    mkdirSync(join(again, 'shard-1'));
    writeFileSync(join(again, 'shard-1', 'rows.csv'), 'cell\n');
    expect((await goodhartInProcess(['sweep', 'slurm', EXP, '--shards', '4', '--out', again, '--force'])).code).toBe(2);
    expect(existsSync(join(again, 'shard-1', 'rows.csv'))).toBe(true);
  });

  it('--script FILE writes the script there (an existing file only if it is one of ours, with --force)', async () => {
    const out = join(tmp, 'with-script');
    const file = join(tmp, 'run sweep.sh');
    const r = await goodhartInProcess(['sweep', 'slurm', EXP, '--shards', '5', '--out', out, '--script', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('#SBATCH --array=1-5\n');
    expect(existsSync(join(out, 'sweep.sbatch'))).toBe(false);
    expect(statSync(join(out, 'logs')).isDirectory()).toBe(true);
    expect(r.stdout).toContain(`submit: sbatch '${file}'`);
    const out2 = join(tmp, 'with-script-2');
    expect((await goodhartInProcess(['sweep', 'slurm', EXP, '--shards', '6', '--out', out2, '--script', file])).stderr).toMatch(
      /invalid --script: .*add --force/,
    );
    expect((await goodhartInProcess(['sweep', 'slurm', EXP, '--shards', '6', '--out', out2, '--script', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('#SBATCH --array=1-6\n');
    const theirs = join(tmp, 'theirs.sh');
    writeFileSync(theirs, '#!/bin/sh\necho mine\n');
    const out3 = join(tmp, 'with-script-3');
    const t = await goodhartInProcess(['sweep', 'slurm', EXP, '--shards', '2', '--out', out3, '--script', theirs, '--force']);
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/invalid --script/);
    expect(readFileSync(theirs, 'utf8')).toBe('#!/bin/sh\necho mine\n');
    expect(existsSync(out3)).toBe(false);
    // inside --out it would be swapped away with the folder: refused
    const inside = await goodhartInProcess(['sweep', 'slurm', EXP, '--shards', '2', '--out', out3, '--script', join(out3, 'job.sh')]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/invalid --script: .*a file outside --out/);
    expect(existsSync(out3)).toBe(false);
  });

  it('is listed in goodhart --help and has its own --help', async () => {
    expect(goodhart(['--help']).stdout).toMatch(/sweep slurm\s+write a ready sbatch array script/);
    const h = await goodhartInProcess(['sweep', 'slurm', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Usage: goodhart sweep slurm <experiment> [options]');
    expect(h.stdout).toContain('--cpus-per-task');
  });
});
