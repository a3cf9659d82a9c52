// Shards of a sweep: `--shard i/n` and the array schedulers' environment (src/sweep/shard.ts).
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/errors.js';
import { MAX_SHARDS, inShard, parseShard, resolveShard, shardFromEnv, shardSize, type Shard } from '../../src/sweep/shard.js';

/** The ParameterError `f` throws (fails the test if it throws nothing or something else). */
function refusal(f: () => unknown): ParameterError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ParameterError);
    return e as ParameterError;
  }
  throw new Error('expected a ParameterError, nothing was thrown');
}

const slurm = (id: string, count: string, min = '1', max = String(Number(min) + Number(count) - 1)) => ({
  SLURM_ARRAY_TASK_ID: id,
  SLURM_ARRAY_TASK_COUNT: count,
  SLURM_ARRAY_TASK_MIN: min,
  SLURM_ARRAY_TASK_MAX: max,
  SLURM_ARRAY_TASK_STEP: '1',
});

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard(`${MAX_SHARDS}/${MAX_SHARDS}`)).toEqual({ index: MAX_SHARDS, count: MAX_SHARDS });
  });

  it.each([
    '3/2',
    '0/0',
    '1/0',
    '0/3',
    'a/b',
    '-1/3',
    '1/-3',
    '1.5/3',
    '0x1/2',
    ' 1/2',
    '1/2 ',
    '01/2',
    '1/2/3',
    '12',
    '',
    '/',
    `1/${MAX_SHARDS + 1}`,
  ])('refuses %j naming --shard, the value and what is allowed', (text) => {
    const e = refusal(() => parseShard(text));
    expect(e.field).toBe('--shard');
    expect(e.value).toBe(text);
    expect(e.message).toContain('1 ≤ i ≤ n');
  });

  it('names the field it is given', () => {
    expect(refusal(() => parseShard('3/2', 'shard')).field).toBe('shard');
  });
});

describe('shardFromEnv', () => {
  it('is undefined outside a scheduler', () => {
    expect(shardFromEnv({})).toBeUndefined();
    expect(shardFromEnv({ SLURM_JOB_ID: '12' })).toBeUndefined();
  });

  it('reads a Slurm array task: ID − MIN + 1 of COUNT', () => {
    expect(shardFromEnv(slurm('1', '3'))).toEqual({ index: 1, count: 3 });
    expect(shardFromEnv(slurm('3', '3'))).toEqual({ index: 3, count: 3 });
    // --array=0-49: task 0 is shard 1, task 49 is shard 50
    expect(shardFromEnv(slurm('0', '50', '0'))).toEqual({ index: 1, count: 50 });
    expect(shardFromEnv(slurm('49', '50', '0'))).toEqual({ index: 50, count: 50 });
    expect(shardFromEnv(slurm('107', '10', '100'))).toEqual({ index: 8, count: 10 });
    // without SLURM_ARRAY_TASK_STEP (older Slurm) and with a matching --shards
    const { SLURM_ARRAY_TASK_STEP: _, ...noStep } = slurm('2', '4');
    expect(shardFromEnv(noStep, 4)).toEqual({ index: 2, count: 4 });
  });

  it.each([
    ['below MIN', slurm('0', '3'), 'SLURM_ARRAY_TASK_ID'],
    ['above MAX', slurm('4', '3'), 'SLURM_ARRAY_TASK_ID'],
    ['not a number', slurm('x', '3'), 'SLURM_ARRAY_TASK_ID'],
    ['negative', slurm('-1', '3'), 'SLURM_ARRAY_TASK_ID'],
    ['a count of 0', { ...slurm('1', '3'), SLURM_ARRAY_TASK_COUNT: '0' }, 'SLURM_ARRAY_TASK_COUNT'],
    ['an array with gaps (--array=1,3,7)', { ...slurm('3', '3'), SLURM_ARRAY_TASK_MAX: '7' }, 'SLURM_ARRAY_TASK_COUNT'],
    ['a step (--array=1-9:2)', { ...slurm('3', '5', '1', '9'), SLURM_ARRAY_TASK_STEP: '2' }, 'SLURM_ARRAY_TASK_STEP'],
    ['MAX below MIN', { ...slurm('3', '3', '3'), SLURM_ARRAY_TASK_MAX: '2' }, 'SLURM_ARRAY_TASK_MAX'],
    ['no MIN', { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MAX: '3' }, 'SLURM_ARRAY_TASK_MIN'],
    ['no COUNT', { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '3' }, 'SLURM_ARRAY_TASK_COUNT'],
  ])('refuses a Slurm task with %s, naming %s', (_what, env, field) => {
    const e = refusal(() => shardFromEnv(env));
    expect(e.field).toBe(field);
    expect(e.message).toContain(field);
  });

  it('refuses --shards that disagrees with the Slurm array', () => {
    const e = refusal(() => shardFromEnv(slurm('1', '3'), 4));
    expect(e.field).toBe('--shards');
    expect(e.message).toContain('SLURM_ARRAY_TASK_COUNT (3)');
  });

  it('reads a Kubernetes Indexed Job: JOB_COMPLETION_INDEX + 1 of --shards or JOB_COMPLETIONS', () => {
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '0' }, 5)).toEqual({ index: 1, count: 5 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '4' }, 5)).toEqual({ index: 5, count: 5 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '2', JOB_COMPLETIONS: '3' })).toEqual({ index: 3, count: 3 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '2', JOB_COMPLETIONS: '3' }, 3)).toEqual({ index: 3, count: 3 });
  });

  it.each([
    ['an index ≥ the count', { JOB_COMPLETION_INDEX: '5' }, 5, 'JOB_COMPLETION_INDEX'],
    ['a negative index', { JOB_COMPLETION_INDEX: '-1' }, 5, 'JOB_COMPLETION_INDEX'],
    ['no count', { JOB_COMPLETION_INDEX: '0' }, undefined, '--shards'],
    ['--shards against JOB_COMPLETIONS', { JOB_COMPLETION_INDEX: '0', JOB_COMPLETIONS: '4' }, 5, '--shards'],
    ['a JOB_COMPLETIONS of 0', { JOB_COMPLETION_INDEX: '0', JOB_COMPLETIONS: '0' }, undefined, 'JOB_COMPLETIONS'],
    ['both schedulers', { ...slurm('1', '3'), JOB_COMPLETION_INDEX: '0' }, undefined, 'JOB_COMPLETION_INDEX'],
    ['--shards outside any scheduler', {}, 3, '--shards'],
    ['--shards 0', { JOB_COMPLETION_INDEX: '0' }, 0, '--shards'],
  ])('refuses %s, naming %s', (_what, env, shards, field) => {
    expect(refusal(() => shardFromEnv(env, shards)).field).toBe(field);
  });
});

describe('resolveShard', () => {
  it('takes --shard over the environment, checks --shards against it', () => {
    expect(resolveShard({ shard: '2/3' }, slurm('1', '5'))).toEqual({ index: 2, count: 3 });
    expect(resolveShard({ shard: '2/3', shards: 3 }, {})).toEqual({ index: 2, count: 3 });
    expect(refusal(() => resolveShard({ shard: '2/3', shards: 4 }, {})).field).toBe('--shards');
    expect(resolveShard({}, slurm('5', '5'))).toEqual({ index: 5, count: 5 });
    expect(resolveShard({}, {})).toBeUndefined();
  });
});

describe('inShard / shardSize', () => {
  it('n shards partition the cells: each cell in exactly one, sizes add up', () => {
    for (const cells of [0, 1, 2, 7, 100, 101])
      for (const n of [1, 2, 3, 7, 50]) {
        const shards: Shard[] = Array.from({ length: n }, (_, i) => ({ index: i + 1, count: n }));
        for (let c = 0; c < cells; c++) expect(shards.filter((s) => inShard(c, s)).length).toBe(1);
        let total = 0;
        for (const s of shards) {
          const mine = Array.from({ length: cells }, (_, c) => c).filter((c) => inShard(c, s));
          expect(shardSize(cells, s)).toBe(mine.length);
          total += mine.length;
        }
        expect(total).toBe(cells);
      }
  });

  it('shard i of n takes cells i−1, i−1+n, …', () => {
    const s = { index: 2, count: 3 };
    expect([0, 1, 2, 3, 4, 5, 6, 7].filter((c) => inShard(c, s))).toEqual([1, 4, 7]);
    expect(inShard(5, undefined)).toBe(true);
    expect(shardSize(9, undefined)).toBe(9);
  });
});
