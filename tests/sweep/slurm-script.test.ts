// The sbatch array script of `goodhart sweep slurm` (src/sweep/slurm-script.ts), read back by bash.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/errors.js';
import { SLURM_SCRIPT_SIGNATURE, shellQuote, slurmScript, type SlurmScriptOptions } from '../../src/sweep/slurm-script.js';

const base: SlurmScriptOptions = {
  experiment: '/data/exp.json',
  dir: '/scratch/sweep',
  shards: 3,
  goodhart: ['/usr/bin/node', '/opt/goodhart/bin/goodhart.mjs'],
  workdir: '/home/me/project',
};

function refusal(f: () => unknown): ParameterError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ParameterError);
    return e as ParameterError;
  }
  throw new Error('expected a ParameterError, nothing was thrown');
}

/** The words bash makes of one command line, with SLURM_ARRAY_TASK_ID set (printf, no execution of the command). */
function bashWords(line: string, taskId = '2'): string[] {
  const r = spawnSync('bash', ['-c', `set -- ${line}; printf '%s\\0' "$@"`], {
    encoding: 'utf8',
    env: { ...process.env, SLURM_ARRAY_TASK_ID: taskId },
  });
  expect(r.status).toBe(0);
  return r.stdout.split('\0').slice(0, -1);
}

const sbatchLines = (s: string) => s.split('\n').filter((l) => l.startsWith('#SBATCH'));
const commandLine = (s: string) => s.split('\n').find((l) => l.includes(' sweep ') && !l.startsWith('#'))!;
const mergeLine = (s: string) => s.trimEnd().split('\n').at(-1)!;

describe('slurmScript', () => {
  it('writes an array of N tasks, a log per task under logs/, the shard command and the merge', () => {
    const s = slurmScript(base);
    expect(s.startsWith('#!/bin/bash\n')).toBe(true);
    expect(s.endsWith('\n')).toBe(true);
    expect(s).toContain(SLURM_SCRIPT_SIGNATURE);
    expect(sbatchLines(s)).toEqual([
      '#SBATCH --job-name=goodhart-sweep',
      '#SBATCH --array=1-3',
      '#SBATCH --output="/scratch/sweep/logs/shard-%a.out"',
      '#SBATCH --chdir="/home/me/project"',
    ]);
    expect(bashWords(commandLine(s))).toEqual([
      '/usr/bin/node',
      '/opt/goodhart/bin/goodhart.mjs',
      'sweep',
      '/data/exp.json',
      '--out',
      '/scratch/sweep/shard-2',
    ]);
    const merge = mergeLine(s);
    expect(merge.startsWith('# ')).toBe(true);
    expect(bashWords(merge.slice(2))).toEqual([
      '/usr/bin/node',
      '/opt/goodhart/bin/goodhart.mjs',
      'sweep',
      'merge',
      '/scratch/sweep/merged',
      '/scratch/sweep/shard-1',
      '/scratch/sweep/shard-2',
      '/scratch/sweep/shard-3',
    ]);
  });

  it('is a pure function: same options, same bytes', () => {
    expect(slurmScript(base)).toBe(slurmScript({ ...base }));
  });

  it('takes N from 1 to 10,000 and refuses anything else naming --shards', () => {
    expect(sbatchLines(slurmScript({ ...base, shards: 1 }))).toContain('#SBATCH --array=1-1');
    const big = slurmScript({ ...base, shards: 10_000 });
    expect(sbatchLines(big)).toContain('#SBATCH --array=1-10000');
    expect(bashWords(mergeLine(big).slice(2)).length).toBe(5 + 10_000);
    for (const n of [0, -1, 10_001, 1.5, Number.NaN]) {
      const e = refusal(() => slurmScript({ ...base, shards: n }));
      expect(e.field).toBe('--shards');
      expect(e.message).toContain('from 1 to 10,000');
    }
  });

  it('quotes paths with spaces, quotes and % so bash and sbatch read them back unchanged', () => {
    const o = {
      ...base,
      experiment: "/data/my exp's/e x.json",
      dir: '/scratch/my sweep/100% $HOME `id`',
      workdir: '/home/me/my project',
      goodhart: ['/opt/node 20/bin/node', '/opt/good hart/bin/goodhart.mjs'],
    };
    const s = slurmScript(o);
    expect(bashWords(commandLine(s), '7')).toEqual([...o.goodhart, 'sweep', o.experiment, '--out', `${o.dir}/shard-7`]);
    expect(bashWords(mergeLine(s).slice(2))).toEqual([
      ...o.goodhart,
      'sweep',
      'merge',
      `${o.dir}/merged`,
      `${o.dir}/shard-1`,
      `${o.dir}/shard-2`,
      `${o.dir}/shard-3`,
    ]);
    // sbatch: one double-quoted value; % doubled in the filename pattern only
    expect(sbatchLines(s)).toContain('#SBATCH --output="/scratch/my sweep/100%% $HOME `id`/logs/shard-%a.out"');
    expect(sbatchLines(s)).toContain('#SBATCH --chdir="/home/me/my project"');
  });

  it('refuses paths sbatch cannot read in an #SBATCH line', () => {
    expect(refusal(() => slurmScript({ ...base, dir: '/scratch/a"b' })).field).toBe('--out');
    expect(refusal(() => slurmScript({ ...base, dir: '/scratch/a\\b' })).field).toBe('--out');
    expect(refusal(() => slurmScript({ ...base, workdir: '/home/a"b' })).field).toBe('working directory');
    expect(refusal(() => slurmScript({ ...base, experiment: '/data/a\nb.json' })).field).toBe('experiment file');
  });

  it('writes the optional sbatch settings, and --workers C for C cpus per task', () => {
    const s = slurmScript({ ...base, partition: 'short', time: '01:30:00', cpusPerTask: 4, mem: '8G', jobName: 'goodhart-exp' });
    expect(sbatchLines(s)).toEqual([
      '#SBATCH --job-name=goodhart-exp',
      '#SBATCH --array=1-3',
      '#SBATCH --output="/scratch/sweep/logs/shard-%a.out"',
      '#SBATCH --chdir="/home/me/project"',
      '#SBATCH --partition=short',
      '#SBATCH --time=01:30:00',
      '#SBATCH --cpus-per-task=4',
      '#SBATCH --mem=8G',
    ]);
    expect(bashWords(commandLine(s)).slice(-2)).toEqual(['--workers', '4']);
    expect(commandLine(slurmScript({ ...base, cpusPerTask: 1 }))).not.toContain('--workers');
    for (const t of ['30', '30:00', '1-12', '2-00:30', '2-00:30:00']) expect(slurmScript({ ...base, time: t })).toContain(`--time=${t}\n`);
  });

  it.each([
    ['partition', { partition: 'a b' }, '--partition'],
    ['partition', { partition: 'x;rm' }, '--partition'],
    ['time', { time: '1h' }, '--time'],
    ['time', { time: '1:2:3:4' }, '--time'],
    ['mem', { mem: '4GB' }, '--mem'],
    ['mem', { mem: '0' }, '--mem'],
    ['cpus', { cpusPerTask: 0 }, '--cpus-per-task'],
    ['job name', { jobName: 'a b' }, 'job name'],
  ])('refuses a bad %s naming %s', (_what, extra, field) => {
    expect(refusal(() => slurmScript({ ...base, ...extra })).field).toBe(field);
  });

  it('bash accepts the whole script', () => {
    const r = spawnSync('bash', ['-n'], { input: slurmScript({ ...base, dir: "/a b/c'd" }), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('shellQuote', () => {
  it('leaves plain words alone and quotes the rest', () => {
    expect(shellQuote('/a/b-c_d.json')).toBe('/a/b-c_d.json');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('~')).toBe("'~'");
    expect(shellQuote('')).toBe("''");
  });
});
