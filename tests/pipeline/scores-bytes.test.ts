/**
 * scores.csv as bytes (src/pipeline/tables.ts): a run whose scores.csv would pass V8's string cap
 * writes it one scorer at a time as UTF-8 bytes. The bytes must be exactly the UTF-8 of the text
 * that smaller runs write (labels that need quoting, formula guard on and off, −0, ties), and the
 * run must switch to bytes only above the row threshold.
 */
import { describe, expect, it } from 'vitest';
import { SCORES_CSV_BYTES_ABOVE, scoresCsv, scoresCsvBytes, scoresCsvForRun } from '../../src/pipeline/tables.js';

const scores = new Map<string, Float64Array>([
  ['follower-count', Float64Array.from([3, -0, 3, 1e-12, 7])],
  ['=sneaky', Float64Array.from([0.5, -2, Number.NaN, 0.5, 1e21])],
]);
const labels = ['ann', 'b,"quoted"', '=cmd', 'émile', '-1'];

describe('scoresCsvBytes', () => {
  it('is the UTF-8 of scoresCsv, with and without labels and formula guard', () => {
    for (const l of [undefined, labels])
      for (const opts of [{}, { formulaGuard: false }]) {
        const text = scoresCsv(scores, l, opts);
        expect(Buffer.from(scoresCsvBytes(scores, l, opts)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }
  });

  it('a run writes text up to the threshold and bytes above it, the same content either way', () => {
    expect(SCORES_CSV_BYTES_ABOVE).toBeGreaterThanOrEqual(1_000_000);
    expect(typeof scoresCsvForRun(scores, labels)).toBe('string');
    // 10 rows: text at a threshold of 10, bytes at 9 (the default threshold is millions of rows).
    expect(scoresCsvForRun(scores, labels, {}, 10)).toBe(scoresCsv(scores, labels));
    const out = scoresCsvForRun(scores, labels, {}, 9);
    expect(out).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(out as Uint8Array).equals(Buffer.from(scoresCsv(scores, labels), 'utf8'))).toBe(true);
  });
});
