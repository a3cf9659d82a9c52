/** What counts as a result-like number in the docs (src/reproduce/doc-numbers.ts), by example. */
import { describe, expect, it } from 'vitest';
import { docNumbers } from '../../src/reproduce/doc-numbers.js';

const texts = (doc: string): string[] => docNumbers(doc).map((n) => n.text);

describe('docNumbers', () => {
  it('finds decimals, ratios, percentages, ordinals and counts "k of n"', () => {
    expect(texts('ρ 0.72 overall, ×1.25 at most, 83–85% and 22.1% silent; from 12th to 4th; 2 of 3 and 16 of 22 seeds')).toEqual([
      '0.72',
      '×1.25',
      '85%',
      '22.1%',
      '12th',
      '4th',
      '2 of 3',
      '16 of 22',
    ]);
  });
  it('gives 1-based lines and offsets', () => {
    const doc = 'a\nb 0.5\n';
    expect(docNumbers(doc)).toEqual([{ text: '0.5', offset: 4, line: 2 }]);
  });
  it('skips fenced code blocks and inline code, also when a span continues on the next line', () => {
    const doc = [
      'Run `goodhart run --set x=0.25` and',
      '```sh',
      'goodhart run --set influence.pMax=0.8',
      '```',
      'then (`--set a=0.06 --set',
      'b=0.02`) → 0.55 under both; ``a `0.3` b`` too.',
    ].join('\n');
    expect(texts(doc)).toEqual(['0.55']);
  });
  it('leaves version numbers, words with digits and plain integers alone', () => {
    expect(texts('version 0.1.0, klout-like@v2, 90-9-1, IEEE BigData 2015, 2,000 people, 30 ticks, v1.5x')).toEqual([]);
  });
});
