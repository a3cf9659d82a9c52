/**
 * Find the result-like numbers a Markdown document quotes, so a test can require that each one is in
 * the registry of quoted figures (src/reproduce/quoted.ts). Result-like means (outside fenced code
 * blocks and inline code spans, which hold commands, settings and parameter names):
 *
 * - a decimal (`0.73`, `1.5`), with an optional `×` or `x` before it (`×1.25`);
 * - a percentage (`83%`, `22.1%`);
 * - an ordinal (`12th`, `4th`, `1st`);
 * - a ratio of counts (`2 of 3`, `16 of 22`).
 *
 * An inline code span may continue on the next line, as in Markdown.
 *
 * Version numbers (`0.1.0`, `v2`) and the digits inside words (`90-9-1`, `klout-like@v2`) are not
 * results. The rules are this project's own (no published source); tests/reproduce/doc-numbers.test.ts
 * pins them with examples.
 */

/** One result-like number in a document. */
export interface DocNumber {
  /** The matched text (e.g. `0.73`, `×1.25`, `12th`, `2 of 3`). */
  readonly text: string;
  /** Character offset of the match in the document. */
  readonly offset: number;
  /** 1-based line of the match. */
  readonly line: number;
}

const NUMBER = /(?<![\w.@/-])(?:[×x]?\d+\.\d+(?![\w.]*\d)%?|\d[\d,]*(?:\.\d+)?%|\d+(?:st|nd|rd|th)\b|\d[\d,]*\s+of\s+\d[\d,]*)(?![\w@])/g;

/** Offsets [start, end) of fenced code blocks and inline code spans, which are not scanned. */
export function codeRanges(doc: string): [number, number][] {
  const ranges: [number, number][] = [];
  const fence = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm;
  for (const m of doc.matchAll(fence)) ranges.push([m.index, m.index + m[0].length]);
  const inFence = (i: number): boolean => ranges.some(([a, b]) => i >= a && i < b);
  // Inline code: a run of backticks to the next run of the same length, within one paragraph.
  for (const p of doc.matchAll(/(?:[^\n]+\n?)+/g)) {
    if (inFence(p.index)) continue;
    for (const m of p[0].matchAll(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g)) ranges.push([p.index + m.index, p.index + m.index + m[0].length]);
  }
  return ranges;
}

/** Every result-like number of a Markdown document, in order (see the module doc for what counts). */
export function docNumbers(doc: string): DocNumber[] {
  const code = codeRanges(doc);
  const lineStarts = [0];
  for (let i = 0; i < doc.length; i++) if (doc.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: DocNumber[] = [];
  for (const m of doc.matchAll(NUMBER)) {
    if (code.some(([a, b]) => m.index >= a && m.index < b)) continue;
    out.push({ text: m[0], offset: m.index, line: lineOf(m.index) });
  }
  return out;
}
