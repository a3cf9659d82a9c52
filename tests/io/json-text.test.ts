/**
 * The strict JSON reader (src/io/json-text.ts) against JSON.parse over generated texts: it accepts
 * exactly what JSON.parse accepts (fast-check generates objects with distinct keys, so the reader's
 * one extra rule, a key given twice, never applies) and then returns the same value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/io/json-text.js';

describe('parseJsonText', () => {
  it('agrees with JSON.parse on what is valid JSON, and on its value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((j) => j.slice(0, -1)),
          fc.json().map((j) => `${j},`),
        ),
        (t) => {
          let want: unknown;
          let ok = true;
          try {
            want = JSON.parse(t);
          } catch {
            ok = false;
          }
          let got: unknown;
          let mine = true;
          try {
            got = parseJsonText(t, 't.json');
          } catch {
            mine = false;
          }
          expect(mine).toBe(ok);
          if (ok) expect(got).toEqual(want);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
