/**
 * CSV writing (issue 17.13): RFC 4180 quoting and OWASP CSV-injection escaping of text cells;
 * numbers never altered. The edge-list reader reads a written label column back exactly.
 */
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/io/csv.js';
import { parseEdgeList } from '../../src/graph/io/index.js';

describe('csvField', () => {
  it.each([
    ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
    ['alice', 'alice'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    [' a', '" a"'],
    ['b\t', '"b\t"'],
  ])('%j → %s', (input, out) => {
    expect(csvField(input)).toBe(out);
  });
  it('number cells are never altered; text cells are', () => {
    const text = toCsv(
      ['label', 'score'],
      [
        { label: '-1.5', score: -1.5 },
        { label: '=1+1', score: -0 },
        { label: 'ok', score: 1e-7 },
      ],
    );
    expect(text).toBe(`label,score\n"'-1.5",-1.5\n"'=1+1",0\nok,1e-7\n`);
  });
  it('a written label column reads back exactly (quoted, not trimmed)', () => {
    const labels = [' spaced ', 'a,b', 'say "hi"', 'multi\nline', '#tag', 'plain'];
    const text = `${labels.map((l, i) => `${csvField(l)},${csvField(labels[(i + 1) % labels.length]!)}`).join('\n')}\n`;
    expect(parseEdgeList(text, 'x.csv').labels).toEqual(labels);
  });
});
