/** Loading a user's own scorer module: good shapes load and run; wrong shapes name what is missing. */
import { describe, expect, it } from 'vitest';
import { InputFormatError, UnknownNameError } from '../../src/errors.js';
import { FormulaError } from '../../src/metrics/formula.js';
import { checkScorerShape, loadUserScorer, resolveScorer, splitScorerList } from '../../src/metrics/load-user-scorer.js';
import { ScorerCrashError } from '../../src/metrics/user-code.js';
import { named } from './attention-worlds.js';

const dir = 'tests/fixtures/scorers';
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

describe('loadUserScorer', () => {
  it('loads a TypeScript default export and runs it', async () => {
    const s = await loadUserScorer(`${dir}/my-scorer.ts`);
    expect(s.id).toBe('my-scorer');
    expect(s.family).toBe('user');
    // a: 2 followers + 10·1 reshare = 12; b: 1; c: 0
    expect(Array.from(s.score(obs))).toEqual([12, 1, 0]);
  });
  it('loads a JavaScript export named `scorer`', async () => {
    const s = await loadUserScorer(`${dir}/named-export.mjs`);
    expect(Array.from(s.score(obs))).toEqual([2, 0, 1]);
  });
  it.each([
    ['bad-no-score.ts', /bad-no-score\.ts: export has no `score` function/],
    ['bad-no-export.ts', /no default export and no export named `scorer` \(exports: notAScorer\)/],
    ['bad-family.ts', /`family` is "magic"; allowed: attention/],
    ['bad-syntax.mjs', /does not load/],
    ['missing.ts', /not found/],
  ])('%s gets a clear InputFormatError', async (file, message) => {
    const p = loadUserScorer(`${dir}/${file}`);
    await expect(p).rejects.toThrow(InputFormatError);
    await expect(loadUserScorer(`${dir}/${file}`)).rejects.toThrow(message);
  });
  it('a module that throws while it loads is a ScorerCrashError (exit code 3) naming the file', async () => {
    const p = loadUserScorer(`${dir}/bad-throws.ts`);
    await expect(p).rejects.toThrow(ScorerCrashError);
    await expect(loadUserScorer(`${dir}/bad-throws.ts`)).rejects.toThrow(
      /scorer bad-throws\.ts crashed: while loading: Error: this scorer file is broken/,
    );
  });
  it('checks the output of a user scorer each time it runs', async () => {
    const s = await loadUserScorer(`${dir}/bad-output.ts`);
    expect(() => s.score(obs)).toThrow(/returned 2 values for 3 agents/);
  });
  it('checkScorerShape names the first missing field', () => {
    expect(() => checkScorerShape({ score: () => 0 }, 'x.ts')).toThrow(/x\.ts: export has no `id` string/);
    expect(() => checkScorerShape(null, 'x.ts')).toThrow(/not a Scorer object/);
    expect(() =>
      checkScorerShape({ id: 'a b', family: 'user', version: 'v', description: 'd', source: 's', score: () => 0 }, 'x.ts'),
    ).toThrow(/no spaces or commas/);
  });
});

describe('resolveScorer and splitScorerList', () => {
  it('resolves registered ids and formulas; unknown ids list the known ones', () => {
    expect(resolveScorer('klout-like@v2').version).toBe('v2');
    expect(resolveScorer('formula:2*followers').family).toBe('formula');
    expect(() => resolveScorer('klout')).toThrow(UnknownNameError);
    expect(() => resolveScorer('klout')).toThrow(/one of follower-count, .*klout-like/);
    expect(() => resolveScorer('formula:2*folowers')).toThrow(FormulaError);
  });
  it('keeps commas inside a formula’s parentheses', () => {
    expect(splitScorerList('pagerank, formula:max(followers, 1) + 2 ,hits,')).toEqual([
      'pagerank',
      'formula:max(followers, 1) + 2',
      'hits',
    ]);
  });
});
