/**
 * User scorers are contained: a scorer cannot change what the next one sees, process.exit at
 * import or while scoring is an error naming it, asynchronous throws are caught and attributed.
 */
import { describe, expect, it } from 'vitest';
import { loadUserScorer, resolveScorer, checkedOutput, splitScorerList, isValidScorerId } from '../../src/metrics/load-user-scorer.js';
import { errorSink, isolatedCopy, runUserCode, ScorerCrashError, takeAsyncErrors, userFrame } from '../../src/metrics/user-code.js';
import { named } from './attention-worlds.js';

const dir = 'tests/fixtures/scorers/hostile';
const { obs } = named({
  agents: ['a', 'b', 'c'],
  tick: 2,
  follows: [
    ['b', 'a'],
    ['c', 'a'],
    ['a', 'b'],
  ],
  events: [[1, 'b', 'a', 'reshare']],
  posts: [
    [0, 'a'],
    [1, 'a'],
    [1, 'c'],
  ],
});

describe('input isolation', () => {
  it('a scorer that zeroes its input changes nothing the next scorer (or the caller) sees', async () => {
    const mutating = await loadUserScorer(`${dir}/mutates-input.ts`);
    const next = await loadUserScorer('tests/fixtures/scorers/my-scorer.ts');
    const before = Array.from(next.score(obs));
    const offsets = Array.from(obs.follows.followers.offsets);
    expect(Array.from(mutating.score(obs))).toEqual([0, 0, 0]);
    expect(Array.from(obs.follows.followers.offsets)).toEqual(offsets);
    expect(Array.from(next.score(obs))).toEqual(before);
    expect(before).toEqual([12, 1, 0]);
  });
  it('built-in scorers get a copy too, and the copy has frozen objects and copied arrays', () => {
    const copy = isolatedCopy(obs);
    expect(copy.follows.followers.offsets).not.toBe(obs.follows.followers.offsets);
    expect(Array.from(copy.follows.followers.offsets)).toEqual(Array.from(obs.follows.followers.offsets));
    expect(Object.isFrozen(copy.follows)).toBe(true);
    expect(() => ((copy as { n: number }).n = 0)).toThrow(TypeError);
    const pr = checkedOutput(resolveScorer('pagerank'), 'pagerank');
    expect(Array.from(pr.score(obs))).toEqual(Array.from(resolveScorer('pagerank').score(obs)));
  });
  it('a scorer that writes to a frozen field crashes with its name instead of passing silently', () => {
    const s = checkedOutput(
      {
        id: 'writer',
        family: 'user',
        version: 'v1',
        description: 'd',
        source: 's',
        score: (o) => {
          (o as { n: number }).n = 1;
          return new Float64Array(3);
        },
      },
      'writer',
    );
    expect(() => s.score(obs)).toThrow(ScorerCrashError);
    expect(() => s.score(obs)).toThrow(/scorer writer crashed: TypeError/);
  });
});

describe('process.exit and throws', () => {
  it('process.exit at import is a ScorerCrashError naming the file (exit code 3)', async () => {
    const p = loadUserScorer(`${dir}/exit-at-import.ts`);
    await expect(p).rejects.toThrow(ScorerCrashError);
    await expect(loadUserScorer(`${dir}/exit-at-import.ts`)).rejects.toThrow(
      /scorer exit-at-import\.ts crashed: called process\.exit\(0\)/,
    );
    expect(new ScorerCrashError('x', 'y').exitCode).toBe(3);
  });
  it('process.exit while scoring is a ScorerCrashError naming the scorer; outside a scorer process.exit is untouched', async () => {
    const s = await loadUserScorer(`${dir}/exit-while-scoring.ts`);
    expect(() => s.score(obs)).toThrow(/scorer exit-while-scoring crashed: called process\.exit\(0\)/);
    expect(process.exit.name).toBe('exit');
  });
  it('a throw names the scorer and its own frame, never the transpiled module', async () => {
    const s = await loadUserScorer(`${dir}/throws.ts`);
    let msg = '';
    try {
      s.score(obs);
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/^scorer throws crashed: Error: the scorer broke \((at|in) throws\.ts(:\d+:\d+)?\)$/);
    expect(msg).not.toContain('__defProp');
  });
  it('userFrame picks the user file out of a stack, and nothing else', () => {
    const e = new Error('x');
    e.stack = 'Error: x\n    at inner (/lib/a.js:1:2)\n    at score (/home/u/my.ts:12:5)\n    at outer (/lib/b.js:3:4)';
    expect(userFrame(e, '/home/u/my.ts')).toBe(' (at my.ts:12:5)');
    expect(userFrame(e, '/other.ts')).toBe('');
  });
});

describe('built-ins and other ways out', () => {
  const patching = (id: string, patch: () => void) =>
    checkedOutput(
      {
        id,
        family: 'user',
        version: '1',
        description: 'patches a built-in',
        source: 'test',
        score(o) {
          patch();
          return new Float64Array(o.n);
        },
      },
      id,
    );
  it('a scorer that replaces Math.min is a ScorerCrashError naming it, and Math.min is put back', () => {
    const min = Math.min;
    const s = patching('min-patcher', () => {
      Math.min = () => 1;
    });
    expect(() => s.score(obs)).toThrow(/scorer min-patcher crashed: changed JavaScript built-ins \(Math\.min\)/);
    expect(Math.min).toBe(min);
    expect(Math.min(3, 2)).toBe(2);
  });
  it('a scorer that adds Float64Array.prototype.sort (shadowing the shared one) is caught and the property removed', () => {
    const s = patching('sort-patcher', () => {
      (Float64Array.prototype as unknown as { sort: unknown }).sort = function () {
        return this;
      };
    });
    expect(() => s.score(obs)).toThrow(/Float64Array\.prototype\.sort/);
    expect(Object.hasOwn(Float64Array.prototype, 'sort')).toBe(false);
    expect(Float64Array.from([3, 1, 2]).sort()).toEqual(Float64Array.from([1, 2, 3]));
  });
  it('replacing a global binding (globalThis.Math) is caught and put back', () => {
    const math = globalThis.Math;
    const s = patching('global-patcher', () => {
      (globalThis as { Math: unknown }).Math = {};
    });
    expect(() => s.score(obs)).toThrow(/changed JavaScript built-ins \(Math\)/);
    expect(globalThis.Math).toBe(math);
  });
  it('process.reallyExit, process.abort and process.kill of its own process are ScorerCrashErrors', () => {
    const proc = process as unknown as { reallyExit: (c: number) => void; abort: () => void };
    for (const [id, f] of [
      ['really', () => proc.reallyExit(0)],
      ['abort', () => proc.abort()],
      ['kill', () => process.kill(process.pid, 'SIGKILL')],
    ] as const) {
      expect(() => patching(id, f).score(obs)).toThrow(new RegExp(`scorer ${id} crashed`));
    }
  });
});

describe('asynchronous failures', () => {
  it('a timer that throws after score() returned is attributed to that scorer', async () => {
    const s = await loadUserScorer(`${dir}/async-throw.ts`);
    expect(Array.from(s.score(obs))).toEqual([0, 0, 0]);
    expect(await takeAsyncErrors(s.sink)).toEqual([expect.stringMatching(/threw asynchronously: Error: thrown from a timer/)]);
  });
  it('an unhandled rejection is attributed to that scorer', async () => {
    const s = await loadUserScorer(`${dir}/async-reject.ts`);
    s.score(obs);
    expect((await takeAsyncErrors(s.sink)).join('\n')).toMatch(/left a rejected promise: Error: rejected promise/);
  });
  it('each failure goes to the sink of the code that scheduled it', async () => {
    const a = errorSink('a', null);
    const b = errorSink('b', null);
    runUserCode(a, () =>
      setTimeout(() => {
        throw new Error('from a');
      }, 0),
    );
    runUserCode(b, () => undefined);
    expect(await takeAsyncErrors(b)).toEqual([]);
    expect((await takeAsyncErrors(a)).join()).toMatch(/from a/);
  });
});

describe('one rule for ids and lists', () => {
  it('ids: letters, digits, - . _ @ :, no spaces or commas', async () => {
    expect(isValidScorerId('my-scorer@v2')).toBe(true);
    expect(isValidScorerId('my scorer')).toBe(false);
    expect(isValidScorerId('a,b')).toBe(false);
    await expect(loadUserScorer(`${dir}/id-with-space.ts`)).rejects.toThrow(/"my scorer" must be letters, digits/);
  });
  it('the scorer list keeps commas inside brackets, braces and quotes', () => {
    expect(splitScorerList('formula:max([1, 2]),pagerank')).toEqual(['formula:max([1, 2])', 'pagerank']);
    expect(splitScorerList("formula:{a: 1, b: 2},formula:'x, y',hits")).toEqual(['formula:{a: 1, b: 2}', "formula:'x, y'", 'hits']);
    expect(splitScorerList('a,"b,c",d')).toEqual(['a', '"b,c"', 'd']);
  });
});
