/**
 * The gauntlet as a library, through the package's public entry points only (`goodhart` is
 * src/api.ts, `goodhart/vitest` is src/gauntlet/vitest.ts): runGauntlet on a registered suite, a
 * saved baseline, and expectScorerHolds on a scorer that holds against it (the same scorer) and on
 * one that does not (follower count against a robust scorer's baseline).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getSuite,
  loadScorerRef,
  parseScorerRef,
  runGauntlet,
  SUITES,
  DEFAULT_SUITE,
  UnknownNameError,
  type GauntletResult,
} from '../../src/api.js';
import { expectScorerHolds } from '../../src/gauntlet/vitest.js';

describe('the gauntlet from the public API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gauntlet-lib-'));
  const baseline = join(dir, 'trustrank.json');
  let result: GauntletResult;

  beforeAll(async () => {
    const ref = parseScorerRef('trustrank');
    const info = await loadScorerRef(ref);
    [result] = (await runGauntlet(getSuite('smoke'), [{ ref, info }])) as [GauntletResult];
    writeFileSync(baseline, `${JSON.stringify(result, null, 2)}\n`);
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the suites with the default among them and refuses an unknown one', () => {
    expect(SUITES.map((s) => s.id)).toContain(DEFAULT_SUITE);
    expect(() => getSuite('v0')).toThrow(UnknownNameError);
  });

  it('runGauntlet returns one result naming the suite, the scorer and every attack of the suite', () => {
    expect(result.suite).toMatchObject({ id: 'smoke' });
    expect(result.scorer.id).toBe('trustrank');
    expect(result.attacks.map((a) => a.id)).toEqual(getSuite('smoke').attacks.map((a) => a.id));
    expect(result.failures).toEqual([]);
  });

  it('expectScorerHolds passes for the scorer against its own baseline', async () => {
    const report = await expectScorerHolds('trustrank', baseline);
    expect(report.regressions).toEqual([]);
    expect(report.result.scorer.id).toBe('trustrank');
  }, 600_000);

  it('expectScorerHolds throws, naming the regressions, for follower count against that baseline', async () => {
    await expect(expectScorerHolds('follower-count', baseline)).rejects.toThrow(
      /scorer follower-count does not hold against .*\n\s+regression: /,
    );
  }, 600_000);
});
