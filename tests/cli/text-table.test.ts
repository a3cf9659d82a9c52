/** Terminal listings fit 100 columns: the wrapping helpers on hand cases, and every listing command's lines. */
import { describe, expect, it } from 'vitest';
import { hangingTable, TERMINAL_WIDTH, wrapWords } from '../../src/cli/text-table.js';
import { scorerTable } from '../../src/cli/commands/scorers.js';
import { lessonList } from '../../src/cli/commands/lessons.js';
import { parameterRows, parameterTable } from '../../src/cli/commands/params.js';

const cols = (l: string) => [...l].length;

describe('wrapWords', () => {
  it('wraps at word boundaries under the indent, keeps an over-long word whole, and gives no line for empty text', () => {
    expect(wrapWords('aa bb cc dd', '  ', 8)).toEqual(['  aa bb', '  cc dd']);
    expect(wrapWords('a verylongword b', '', 5)).toEqual(['a', 'verylongword', 'b']);
    expect(wrapWords('   ', '  ', 10)).toEqual([]);
  });
});

describe('hangingTable', () => {
  it('pads the leading columns and continues the last one under itself', () => {
    expect(
      hangingTable(
        [
          ['id', 'text'],
          ['abc', 'one two three four'],
        ],
        16,
      ),
    ).toEqual(['id   text', 'abc  one two', '     three four']);
  });
  it('an empty last cell leaves no trailing spaces', () => {
    expect(hangingTable([['x', '']])).toEqual(['x']);
  });
});

describe('listing commands fit the terminal width', () => {
  it.each([
    ['scorers', scorerTable()],
    ['lessons', lessonList()],
    ['params', parameterTable(parameterRows())],
  ])('%s: every line ≤ 100 columns', (_, lines) => {
    expect(lines.length).toBeGreaterThan(3);
    const wide = lines.filter((l) => cols(l) > TERMINAL_WIDTH);
    expect(wide).toEqual([]);
  });
});
