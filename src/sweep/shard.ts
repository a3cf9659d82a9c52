/**
 * Shards of a sweep: `--shard i/n` (1 ≤ i ≤ n) runs the cells whose index % n == i − 1, so n shards
 * together run every cell exactly once, whatever machine runs which. The shard can also come from
 * an array scheduler's environment:
 *
 *   - Slurm job arrays: shard SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN + 1 of SLURM_ARRAY_TASK_COUNT
 *     (only a contiguous array with step 1, e.g. `--array=1-50` or `--array=0-49%10`);
 *   - Kubernetes Indexed Jobs: shard JOB_COMPLETION_INDEX + 1 (the index is 0-based) of `--shards n`,
 *     or of JOB_COMPLETIONS when the Job sets it in the container's environment.
 *
 * Every value is read as decimal digits only (src/params.ts DECIMAL_INTEGER); anything that would
 * make shards overlap or leave cells out is a ParameterError naming the variable, its value and
 * what is allowed. Sources: Slurm 22.05 job_array(1) "Job Array Support" (the SLURM_ARRAY_* variables);
 * Kubernetes "Indexed Job for Parallel Processing with Static Work Assignment" (JOB_COMPLETION_INDEX).
 */
import { ParameterError } from '../errors.js';
import { DECIMAL_INTEGER } from '../params.js';

/** One shard: the `index`-th (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** The most shards a sweep may be cut into (and the largest array `goodhart sweep slurm` writes). */
export const MAX_SHARDS = 10_000;

/** What `--shard` accepts, for messages and help. */
export const SHARD_ALLOWED = `i/n with whole numbers 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, e.g. 2/3`;

/** The environment variables {@link shardFromEnv} reads. */
export type ShardEnv = Readonly<Record<string, string | undefined>>;

function wholeNumber(field: string, raw: string, min: number, max: number, allowed: string): number {
  const v = DECIMAL_INTEGER.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(v) || v < min || v > max) throw new ParameterError(field, raw, allowed);
  return v;
}

/**
 * Read a shard written `i/n` (e.g. `--shard 2/3`). Refused with a ParameterError naming `field`:
 * i > n (`3/2`), zero (`0/0`, `1/0`, `0/3`), negative, non-decimal (`a/b`, `1.5/3`, `0x1/2`),
 * spaces, and n above {@link MAX_SHARDS}.
 */
export function parseShard(text: string, field = '--shard'): Shard {
  const m = /^([^/]*)\/([^/]*)$/.exec(text);
  if (!m) throw new ParameterError(field, text, SHARD_ALLOWED);
  const i = DECIMAL_INTEGER.test(m[1]!) ? Number(m[1]) : NaN;
  const n = DECIMAL_INTEGER.test(m[2]!) ? Number(m[2]) : NaN;
  if (!Number.isSafeInteger(i) || !Number.isSafeInteger(n) || n < 1 || n > MAX_SHARDS || i < 1 || i > n) {
    throw new ParameterError(field, text, SHARD_ALLOWED);
  }
  return { index: i, count: n };
}

/**
 * The shard an array scheduler gave this process, from its environment (see the module doc), or
 * `undefined` when no scheduler index is set. `shards` is the `--shards n` option when given: it
 * is the count for a Kubernetes Indexed Job (else JOB_COMPLETIONS), and under Slurm it must equal
 * SLURM_ARRAY_TASK_COUNT. Refused (ParameterError naming the variable): an index outside
 * SLURM_ARRAY_TASK_MIN..SLURM_ARRAY_TASK_MAX, a step other than 1, an array with gaps, a
 * JOB_COMPLETION_INDEX ≥ the count, both schedulers' variables at once, and `--shards` with no
 * index in the environment.
 */
export function shardFromEnv(env: ShardEnv, shards?: number | undefined): Shard | undefined {
  const slurm = env.SLURM_ARRAY_TASK_ID;
  const k8s = env.JOB_COMPLETION_INDEX;
  if (shards !== undefined && (!Number.isSafeInteger(shards) || shards < 1 || shards > MAX_SHARDS))
    throw new ParameterError('--shards', shards, `a whole number from 1 to ${MAX_SHARDS}`);
  if (slurm !== undefined && k8s !== undefined)
    throw new ParameterError(
      'JOB_COMPLETION_INDEX',
      k8s,
      'unset when SLURM_ARRAY_TASK_ID is set (both a Slurm array task and a Kubernetes Indexed Job: pick the shard with --shard i/n)',
    );
  if (slurm !== undefined) return slurmShard(env, slurm, shards);
  if (k8s !== undefined) return indexedJobShard(env, k8s, shards);
  if (shards !== undefined)
    throw new ParameterError(
      '--shards',
      shards,
      'only inside a Slurm array task (SLURM_ARRAY_TASK_ID) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX); elsewhere pick a shard with --shard i/n',
    );
  return undefined;
}

function slurmShard(env: ShardEnv, rawId: string, shards: number | undefined): Shard {
  const need = (name: string): string => {
    const v = env[name];
    if (v === undefined)
      throw new ParameterError(name, undefined, 'set by Slurm in every array task (is SLURM_ARRAY_TASK_ID set by hand?)');
    return v;
  };
  const any = 'a whole number in decimal digits';
  const count = wholeNumber(
    'SLURM_ARRAY_TASK_COUNT',
    need('SLURM_ARRAY_TASK_COUNT'),
    1,
    MAX_SHARDS,
    `a whole number from 1 to ${MAX_SHARDS}`,
  );
  const min = wholeNumber('SLURM_ARRAY_TASK_MIN', need('SLURM_ARRAY_TASK_MIN'), 0, Number.MAX_SAFE_INTEGER, any);
  const max = wholeNumber(
    'SLURM_ARRAY_TASK_MAX',
    need('SLURM_ARRAY_TASK_MAX'),
    min,
    Number.MAX_SAFE_INTEGER,
    `${any} ≥ SLURM_ARRAY_TASK_MIN (${min})`,
  );
  const id = wholeNumber(
    'SLURM_ARRAY_TASK_ID',
    rawId,
    min,
    max,
    `a whole number from SLURM_ARRAY_TASK_MIN to SLURM_ARRAY_TASK_MAX (${min}..${max})`,
  );
  const step = env.SLURM_ARRAY_TASK_STEP;
  if (step !== undefined && step !== '1')
    throw new ParameterError('SLURM_ARRAY_TASK_STEP', step, '1: a sweep array must be contiguous (--array=1-N, not 1-N:2)');
  if (max - min + 1 !== count)
    throw new ParameterError(
      'SLURM_ARRAY_TASK_COUNT',
      String(count),
      `SLURM_ARRAY_TASK_MAX − SLURM_ARRAY_TASK_MIN + 1 (${max - min + 1}): a sweep array must be contiguous (--array=1-N, not a list with gaps)`,
    );
  if (shards !== undefined && shards !== count)
    throw new ParameterError('--shards', shards, `the array's task count SLURM_ARRAY_TASK_COUNT (${count}), or no --shards`);
  return { index: id - min + 1, count };
}

function indexedJobShard(env: ShardEnv, rawIndex: string, shards: number | undefined): Shard {
  let count = shards;
  const completions = env.JOB_COMPLETIONS;
  if (completions !== undefined) {
    const c = wholeNumber('JOB_COMPLETIONS', completions, 1, MAX_SHARDS, `a whole number from 1 to ${MAX_SHARDS}`);
    if (count !== undefined && count !== c)
      throw new ParameterError('--shards', count, `the Job's completions JOB_COMPLETIONS (${c}), or no --shards`);
    count = c;
  }
  if (count === undefined)
    throw new ParameterError(
      '--shards',
      undefined,
      'the number of completions of the Indexed Job (JOB_COMPLETION_INDEX is set; give --shards n or set JOB_COMPLETIONS)',
    );
  const index = wholeNumber(
    'JOB_COMPLETION_INDEX',
    rawIndex,
    0,
    count - 1,
    `a whole number from 0 to ${count - 1} (the Job's completions − 1)`,
  );
  return { index: index + 1, count };
}

/**
 * The shard of a sweep from its options and the environment: `--shard i/n` when given (and then
 * `--shards`, if also given, must equal n), else {@link shardFromEnv}; `undefined` = every cell.
 */
export function resolveShard(options: { shard?: string | undefined; shards?: number | undefined }, env: ShardEnv): Shard | undefined {
  if (options.shard !== undefined) {
    const s = parseShard(options.shard);
    if (options.shards !== undefined && options.shards !== s.count)
      throw new ParameterError('--shards', options.shards, `the n of --shard ${options.shard} (${s.count}), or no --shards`);
    return s;
  }
  return shardFromEnv(env, options.shards);
}

/** Whether cell number `cell` (0-based, canonical order) belongs to `shard`; every cell does without a shard. */
export function inShard(cell: number, shard: Shard | undefined): boolean {
  return shard === undefined || cell % shard.count === shard.index - 1;
}

/** How many of `cells` cells (0 … cells − 1) belong to `shard`. */
export function shardSize(cells: number, shard: Shard | undefined): number {
  if (shard === undefined) return cells;
  return cells >= shard.index ? Math.floor((cells - shard.index) / shard.count) + 1 : 0;
}
