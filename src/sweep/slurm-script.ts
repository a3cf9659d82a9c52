/**
 * The sbatch array script of a sweep cut into N shards: task i runs `goodhart sweep EXPERIMENT
 * --out DIR/shard-i` (the shard itself comes from SLURM_ARRAY_TASK_ID, see src/sweep/shard.ts), its
 * log goes to DIR/logs/shard-i.out, and the last line (a comment) is the `goodhart sweep merge`
 * that unites the shards once every task is done. A pure function of its options: the same
 * options give the same bytes.
 *
 * Quoting: the shell lines quote every path with single quotes ('\'' for a quote inside);
 * `#SBATCH` lines are read by sbatch, not the shell, and take one double-quoted value, where `%`
 * is a filename pattern (`%a` = the array index, `%%` = a literal %). Paths holding `"`, `\` or a
 * line break cannot be written there and are refused.
 * Source: Slurm 22.05 sbatch(1), "filename pattern" and "--array".
 */
import { ParameterError } from '../errors.js';
import { MAX_SHARDS } from './shard.js';

/** Options of {@link slurmScript}; paths should be absolute (the tasks run on other nodes). */
export interface SlurmScriptOptions {
  /** The experiment file (JSON). */
  readonly experiment: string;
  /** The sweep's cluster folder: shards go to `<dir>/shard-<i>`, logs to `<dir>/logs/`. */
  readonly dir: string;
  /** Number of shards = array tasks, 1 to 10,000. */
  readonly shards: number;
  /** The command that starts goodhart, as argv (e.g. `[node, /path/to/bin/goodhart.mjs]`). */
  readonly goodhart: readonly string[];
  /** Working directory of every task (sbatch --chdir). */
  readonly workdir: string;
  /** Job name (default `goodhart-sweep`). */
  readonly jobName?: string | undefined;
  /** sbatch --partition. */
  readonly partition?: string | undefined;
  /** sbatch --time (minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS). */
  readonly time?: string | undefined;
  /** sbatch --cpus-per-task; above 1 each shard also runs with `--workers C`. */
  readonly cpusPerTask?: number | undefined;
  /** sbatch --mem (e.g. 4G, 500M). */
  readonly mem?: string | undefined;
}

/** The start of the line by which every script this module writes is recognised (e.g. before replacing one). */
export const SLURM_SCRIPT_SIGNATURE = '# Written by `goodhart sweep slurm`.';

/** Slurm's --time formats. */
const TIME = /^(\d+|\d+:\d{2}|\d+:\d{2}:\d{2}|\d+-\d+|\d+-\d+:\d{2}|\d+-\d+:\d{2}:\d{2})$/;
/** Slurm's --mem: a whole number with an optional unit K, M, G or T. */
const MEM = /^[1-9]\d*[KMGT]?$/;
/** Partition names (a comma-separated list is allowed by sbatch). */
const PARTITION = /^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$/;
/** Job names: no spaces or quotes, so the name reads the same in squeue. */
const JOB_NAME = /^[A-Za-z0-9_.+-]{1,100}$/;

/** Quote one word for a POSIX shell: `'…'`, with `'\''` for each single quote inside. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** A value for an `#SBATCH --opt="…"` line; `pattern` escapes `%` as `%%` (filename patterns). */
function sbatchValue(field: string, value: string, pattern: boolean): string {
  if (/["\\\n\r]/.test(value))
    throw new ParameterError(
      field,
      value,
      'a path without double quotes, backslashes or line breaks (sbatch cannot read them in #SBATCH lines)',
    );
  return `"${pattern ? value.replaceAll('%', '%%') : value}"`;
}

/** Check the options the script writes as they are (the CLI passes them through unchanged). */
export function checkSlurmOptions(o: SlurmScriptOptions): void {
  if (!Number.isSafeInteger(o.shards) || o.shards < 1 || o.shards > MAX_SHARDS)
    throw new ParameterError(
      '--shards',
      o.shards,
      `a whole number from 1 to ${MAX_SHARDS.toLocaleString('en-US')} (one Slurm array task per shard)`,
    );
  if (o.partition !== undefined && !PARTITION.test(o.partition))
    throw new ParameterError('--partition', o.partition, 'a partition name (letters, digits, _ . -; a comma-separated list for several)');
  if (o.time !== undefined && !TIME.test(o.time))
    throw new ParameterError('--time', o.time, "Slurm's time limit: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS");
  if (o.mem !== undefined && !MEM.test(o.mem))
    throw new ParameterError('--mem', o.mem, 'memory per task: a whole number with an optional unit K, M, G or T (e.g. 4G)');
  if (o.cpusPerTask !== undefined && (!Number.isSafeInteger(o.cpusPerTask) || o.cpusPerTask < 1 || o.cpusPerTask > 1024))
    throw new ParameterError('--cpus-per-task', o.cpusPerTask, 'a whole number from 1 to 1024');
  if (o.jobName !== undefined && !JOB_NAME.test(o.jobName))
    throw new ParameterError('job name', o.jobName, 'letters, digits and _ . + - (at most 100)');
  if (o.goodhart.length === 0) throw new ParameterError('goodhart command', '', 'the argv that starts goodhart');
  for (const [field, path] of [
    ['experiment file', o.experiment],
    ['--out', o.dir],
    ['working directory', o.workdir],
  ] as const)
    if (path === '' || /[\n\r]/.test(path)) throw new ParameterError(field, path, 'a non-empty path without line breaks');
}

/** The sbatch array script (text, ending in a newline) for the options; throws ParameterError on a bad option. */
export function slurmScript(o: SlurmScriptOptions): string {
  checkSlurmOptions(o);
  const n = o.shards;
  const dir = o.dir.replace(/\/+$/, '') || '/';
  const q = shellQuote;
  const sweep = [...o.goodhart.map(q), 'sweep', q(o.experiment), '--out', `${q(`${dir}/shard-`)}"$SLURM_ARRAY_TASK_ID"`];
  if (o.cpusPerTask !== undefined && o.cpusPerTask > 1) sweep.push('--workers', String(o.cpusPerTask));
  const merge = [...o.goodhart.map(q), 'sweep', 'merge', q(`${dir}/merged`), `${q(`${dir}/shard-`)}{1..${n}}`];
  const lines = [
    '#!/bin/bash',
    `# Goodhart sweep of ${o.experiment.replaceAll('\n', ' ')} in ${n} shard${n === 1 ? '' : 's'}: Slurm array task i runs shard i of ${n}`,
    '# (goodhart reads SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT).',
    `${SLURM_SCRIPT_SIGNATURE} Submit with: sbatch <this file>`,
    `#SBATCH --job-name=${o.jobName ?? 'goodhart-sweep'}`,
    `#SBATCH --array=1-${n}`,
    `#SBATCH --output=${sbatchValue('--out', `${dir}/logs/shard-`, true).slice(0, -1)}%a.out"`,
    `#SBATCH --chdir=${sbatchValue('working directory', o.workdir, false)}`,
  ];
  if (o.partition !== undefined) lines.push(`#SBATCH --partition=${o.partition}`);
  if (o.time !== undefined) lines.push(`#SBATCH --time=${o.time}`);
  if (o.cpusPerTask !== undefined) lines.push(`#SBATCH --cpus-per-task=${o.cpusPerTask}`);
  if (o.mem !== undefined) lines.push(`#SBATCH --mem=${o.mem}`);
  lines.push(
    'set -euo pipefail',
    sweep.join(' '),
    '',
    '# When every task is done (squeue shows none left), unite the shards into one dataset,',
    '# byte-identical to a run on one machine:',
    `# ${merge.join(' ')}`,
  );
  return `${lines.join('\n')}\n`;
}
