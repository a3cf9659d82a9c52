/**
 * A helper for scorer authors' own tests: assert that a scorer still holds against a saved
 * gauntlet baseline.
 *
 *   import { expectScorerHolds } from 'goodhart/vitest';
 *   it('holds against the v1 baseline', async () => {
 *     await expectScorerHolds('./src/my-scorer.ts', './baselines/gauntlet.json');
 *   }, 300_000);
 *
 * It runs the baseline's suite (the file names it) and throws an Error listing every regression
 * (attack, measure, by how much) or every failed cell; vitest reports that as a failed test.
 * Framework-neutral: it only throws, so it works under any test runner.
 */
import { compareWithBaseline, formatRegression, readBaseline, type Regression } from './baseline.js';
import type { GauntletResult } from './result.js';
import { runGauntlet, type GauntletOptions } from './run.js';
import { loadScorerRef, parseScorerRef } from './scorer-ref.js';
import { getSuite } from './suites/registry.js';
import { readFileSync } from 'node:fs';

/** What {@link expectScorerHolds} found when it passed. */
export interface HoldsReport {
  readonly result: GauntletResult;
  readonly regressions: readonly Regression[];
}

/**
 * Run `scorer` (registered id, formula:..., or module path) through the suite of `baselinePath`
 * and throw when any measure is worse than the baseline beyond the suite's tolerance, or when the
 * scorer failed in any cell.
 * @param opts worker threads and time limit (see runGauntlet).
 */
export async function expectScorerHolds(scorer: string, baselinePath: string, opts: GauntletOptions = {}): Promise<HoldsReport> {
  const suiteId = (JSON.parse(readFileSync(baselinePath, 'utf8')) as { suite?: { id?: string } }).suite?.id ?? '';
  const suite = getSuite(suiteId);
  const baseline = readBaseline(baselinePath, suite);
  const ref = parseScorerRef(scorer);
  const info = await loadScorerRef(ref);
  const [result] = await runGauntlet(suite, [{ ref, info }], opts);
  const regressions = compareWithBaseline(result!, baseline, suite);
  const problems = [
    ...result!.failures.map((f) => `failed: ${f.attack} budget ${f.budget} seed ${f.seed}: ${f.reason}`),
    ...regressions.map((r) => `regression: ${formatRegression(r)}`),
  ];
  if (problems.length > 0)
    throw new Error(
      `scorer ${info.id} does not hold against ${baselinePath} (suite ${suite.id} v${suite.version}):\n  ${problems.join('\n  ')}`,
    );
  return { result: result!, regressions };
}
