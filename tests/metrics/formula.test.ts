/**
 * Formula scorers: values (hand-computed), error reporting (symbol names, positions) and the
 * sandbox (nothing but features and pure math is reachable).
 */
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/errors.js';
import { compileFormula, formulaScorer, FormulaError } from '../../src/metrics/formula.js';
import { named } from './attention-worlds.js';

// Followers: a 3, b 1, c 0. Posts a 1. Reactions to a: like (b), reshare (c) → amplification a = 2 / (1 + 1) = 1.
const { obs } = named({
  agents: ['a', 'b', 'c', 'd'],
  tick: 5,
  follows: [
    ['b', 'a'],
    ['c', 'a'],
    ['d', 'a'],
    ['a', 'b'],
  ],
  posts: [[1, 'a']],
  events: [
    [2, 'b', 'a', 'like'],
    [3, 'c', 'a', 'reshare'],
  ],
});

describe('formula values', () => {
  it('10*log10(1 + followers) + 5*amplification', () => {
    // a: 10·log10(4) + 5·1 = 11.0206; b: 10·log10(2) = 3.0103; c, d: 0
    const s = formulaScorer('10*log10(1 + followers) + 5*amplification').score(obs);
    expect(s[0]).toBeCloseTo(10 * Math.log10(4) + 5, 12);
    expect(s[1]).toBeCloseTo(10 * Math.log10(2), 12);
    expect([s[2], s[3]]).toEqual([0, 0]);
  });
  it('conditionals, comparisons, constants and multi-argument functions', () => {
    expect(Array.from(formulaScorer('followers > 0 ? max(followers, 2) : -1').score(obs))).toEqual([3, 2, -1, -1]);
    expect(Array.from(formulaScorer('followers >= 1').score(obs))).toEqual([1, 1, 0, 0]);
    expect(formulaScorer('pi + log(8, 2)').score(obs)[0]).toBeCloseTo(Math.PI + 3, 12);
  });
  it('lists the features it reads, once each', () => {
    expect(compileFormula('followers + followers*reach - posts').features).toEqual(['followers', 'reach', 'posts']);
  });
  it('a scorer id carries the expression', () => {
    expect(formulaScorer('2*posts').id).toBe('formula:2*posts');
  });
});

describe('formula errors name the symbol or the position', () => {
  it('unknown symbol: name and position', () => {
    const e = catchError(() => compileFormula('10*log10(1 + folowers)'));
    expect(e).toBeInstanceOf(FormulaError);
    expect(e).toBeInstanceOf(ParameterError);
    expect((e as FormulaError).position).toBe(13);
    expect((e as Error).message).toMatch(/unknown symbol "folowers" at char 13 \(allowed features: followers/);
  });
  it('syntax error: position', () => {
    const e = catchError(() => compileFormula('10*log10(1 + followers'));
    expect(e).toBeInstanceOf(FormulaError);
    expect((e as Error).message).toMatch(/syntax error at char \d+/);
    expect((e as FormulaError).position).toBeGreaterThan(0);
  });
  it('unknown function', () => {
    expect(() => compileFormula('lg(followers)')).toThrow(/unknown function "lg"/);
  });
  it('empty formula', () => expect(() => compileFormula('  ')).toThrow(FormulaError));
  it('a non-finite result names the agent and its feature values', () => {
    expect(() => formulaScorer('log10(followers)').score(obs)).toThrow(/gives -Infinity for agent 2 \(followers=0\)/);
    expect(() => formulaScorer('sqrt(followers - 2)').score(obs)).toThrow(/gives NaN for agent 1/);
  });
});

describe('formula sandbox: nothing but features and pure math', () => {
  it.each([
    ['import({x: 1})', /unknown function "import"/],
    ['evaluate("1+1")', /unknown function "evaluate"/],
    ['parse("1")', /unknown function "parse"/],
    ['createUnit("foo")', /unknown function "createUnit"/],
    ['simplify("x")', /unknown function "simplify"/],
    ['f(x) = x', /function definition is not allowed/],
    ['x = 5', /assignment is not allowed/],
    ['followers.constructor', /property or index access is not allowed/],
    ['followers["constructor"]', /property or index access is not allowed/],
    ['cos.constructor("return process")()', /syntax error/],
    ['cos.constructor("return process")', /only named functions may be called/],
    ['{a: 1}', /object literal is not allowed/],
    ['[1, 2]', /matrix literal is not allowed/],
    ['1:3', /range is not allowed/],
    ['1; 2', /several statements is not allowed/],
    ['"text"', /only numbers are allowed/],
    ['2 cm to inch', /operator "to" is not allowed/],
    ['2 cm', /unknown symbol "cm"/],
    ['process', /unknown symbol "process"/],
    ['config', /unknown symbol "config"/],
  ])('%s is rejected', (expr, message) => {
    expect(() => compileFormula(expr)).toThrow(FormulaError);
    expect(() => compileFormula(expr)).toThrow(message);
  });
});

function catchError(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('long formulas are checked without recursion depth limits', () => {
  it("11,000 flat terms (sums, differences, products) compile and give the chain's values", () => {
    const sum = Array(11_000).fill('followers').join(' + ');
    expect(Array.from(formulaScorer(sum).score(obs))).toEqual([33_000, 11_000, 0, 0]);
    const diff = `followers * 11000 - ${Array(10_999).fill('followers').join(' - ')}`;
    expect(Array.from(formulaScorer(diff).score(obs))).toEqual([3, 1, 0, 0]);
    const prod = `0.5 * ${Array(11_000).fill('(1 + followers / 1e4)').join(' * ')}`;
    let want = 0.5;
    for (let i = 0; i < 11_000; i++) want *= 1 + 3 / 1e4;
    expect(formulaScorer(prod).score(obs)[0]).toBe(want);
  });
  it('a sandbox escape deep inside a long formula is still found', () => {
    const bad = `${Array(11_000).fill('followers').join(' + ')} + constructor`;
    expect(() => compileFormula(bad)).toThrow(/unknown symbol "constructor"/);
    const call = `${Array(11_000).fill('followers').join(' + ')} + evaluate("1")`;
    expect(() => compileFormula(call)).toThrow(FormulaError);
  });
  it('a formula nested deeper than the limit is a FormulaError naming the limit, not a stack overflow', () => {
    const deep = `${'-('.repeat(3000)}followers${')'.repeat(3000)}`;
    expect(() => compileFormula(deep)).toThrow(FormulaError);
    expect(() => compileFormula(deep)).toThrow(/nests .*deep.*at most 1000/);
    const ok = `${'-('.repeat(200)}followers${')'.repeat(200)}`;
    expect(Array.from(formulaScorer(ok).score(obs))).toEqual([3, 1, 0, 0]);
  });
});
