// Numbers that reach a result file are computed with src/portable-math.ts, never with the engine's
// Math.log / Math.exp / Math.pow / `**` …, which ECMAScript leaves implementation-approximated (a
// browser's V8 and Node's differ in the last bit). Only files that draw pictures, and the listed
// statistics not yet ported, may call them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from './imports.js';

/** An engine transcendental call, or `**` with an exponent other than a literal 2 (powers of 2 and 10 ** digits are exact and pass). */
const ENGINE_MATH =
  /Math\.(?:log|log1p|log2|log10|exp|expm1|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot)\(|\*\*\s*(?!2\b)[-\w(]/;

/** Files allowed to use the engine's Math: drawing (positions, chart axes) and statistics not yet ported. */
const ALLOWED = new Set([
  'explorer/layout.ts', // node positions on the page
  'explorer/network.ts', // hit-testing the mouse on the page
  'lessons/layout.ts', // node positions of a lesson's picture
  'charts/density.ts', // axis bins of a chart
  'stats/student-t.ts', // p-values of claims (sin, lgamma): not yet ported
  'stats/bounded-interval.ts', // tanh of a Fisher interval: not yet ported
  'scenarios/claims/claim-stats.ts', // sin of a rank-correlation conversion: not yet ported
  'portable-math.ts',
]);

/** Lines of `text` (comments and strings aside) that call the engine's math. */
function engineMath(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
    .map((line) => line.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, "''"))
    .filter((line) => ENGINE_MATH.test(line) && !/(?<![\w.])2 \*\* |10 \*\* digits/.test(line));
}

describe('portable math in the run path', () => {
  it('no src/ file outside the allowed ones calls Math.log, Math.exp, Math.pow, ** …', () => {
    const bad: string[] = [];
    for (const f of sourceFiles()) {
      if (ALLOWED.has(f)) continue;
      for (const line of engineMath(readFileSync(join(ROOT, 'src', f), 'utf8'))) bad.push(`${f}: ${line.trim()}`);
    }
    expect(bad).toEqual([]);
  });

  it('the check sees an engine call and lets squares and constants pass', () => {
    expect(engineMath('  const a = Math.log(x);\n  y = u ** (1 / k);\n  z = Math.exp(-t);')).toHaveLength(3);
    expect(engineMath('  s += (a - m) ** 2;\n  const M = 2 ** 31 - 1;\n  // Math.log in a comment\n  f = pm.log(x);')).toEqual([]);
  });
});
