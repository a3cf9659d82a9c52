import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ParameterError } from '../../src/errors.js';
import { parseSeeds, seedsLabel } from '../../src/pipeline/seed-list.js';
import { fileSafe, splitList } from '../../src/pipeline/plan.js';

describe('--seeds parsing (hand-written cases)', () => {
  it.each([
    ['1..10', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['1,2,5', [1, 2, 5]],
    ['1..3,7', [1, 2, 3, 7]],
    [' 4 .. 6 ', [4, 5, 6]],
    ['0', [0]],
    ['9..9', [9]],
  ])('%j -> %j', (spec, seeds) => {
    expect(parseSeeds(spec)).toEqual(seeds);
  });

  it.each(['', '1..', '..3', '3..1', 'a..b', '1.5', '-1', '1,,2', '1,2,1', '1..3,2', '0..1000', '2147483648', 'x'])(
    '%j is refused with a ParameterError naming --seeds',
    (spec) => {
      expect(() => parseSeeds(spec)).toThrow(ParameterError);
      try {
        parseSeeds(spec);
      } catch (e) {
        expect((e as ParameterError).field).toBe('--seeds');
      }
    },
  );

  it('labels contiguous runs as ranges and other lists as lists', () => {
    expect(seedsLabel([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe('1..10');
    expect(seedsLabel([1, 2, 5])).toBe('1,2,5');
    expect(seedsLabel([3])).toBe('3');
  });
});

describe('--seeds parsing (properties)', () => {
  it('a range A..B has B - A + 1 seeds in order, and its label parses back to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 200 }), (a, len) => {
        const seeds = parseSeeds(`${a}..${a + len}`);
        expect(seeds).toHaveLength(len + 1);
        expect(seeds[0]).toBe(a);
        expect(parseSeeds(seedsLabel(seeds))).toEqual(seeds);
      }),
    );
  });
  it('a list of distinct seeds round-trips through its label', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 30 }), (seeds) => {
        expect(parseSeeds(seedsLabel(seeds))).toEqual(seeds);
      }),
    );
  });
});

describe('names in file names and option lists', () => {
  it('makes scorer ids file-name safe', () => {
    expect(fileSafe('klout-like@v2')).toBe('klout-like-v2');
    expect(fileSafe('formula:10*log10(1 + followers)')).toBe('formula-10-log10-1-followers');
  });
  it('splits comma lists and drops empty parts', () => {
    expect(splitList(' spearman, rbo ,,')).toEqual(['spearman', 'rbo']);
  });
});
