/**
 * Suite v1 stays reproducible: a committed v1 result (tests/gauntlet/fixtures/v1-pagerank.gauntlet.json,
 * made with `goodhart gauntlet --scorers pagerank --suite v1`) is re-run here, cell by cell, and
 * every number must come back identical — for two of its nine attacks (24 of its 108 cells, to
 * keep the test short; the engine, truth and measures are shared by all of them), while the
 * file's own check (readBaseline) covers the rest's shape. And v2 on its own 1,000-person world measures exactly
 * what v1 does (budgets per 1,000 = absolute budgets there).
 */
import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../src/gauntlet/baseline.js';
import { runCell, type CellSpec, type ScoreOutcome } from '../../src/gauntlet/cell.js';
import { summarise } from '../../src/gauntlet/result.js';
import type { Suite } from '../../src/gauntlet/suite.js';
import { getSuite } from '../../src/gauntlet/suites/registry.js';
import { getScorer } from '../../src/metrics/registry.js';

const FILE = 'tests/gauntlet/fixtures/v1-pagerank.gauntlet.json';
const RERUN = ['bought-followers', 'sybil-region'];

describe('suite v1 is reproducible', () => {
  it(`re-running ${RERUN.join(', ')} gives the committed v1 result exactly`, () => {
    const v1 = getSuite('v1');
    const saved = readBaseline(FILE, v1);
    expect(saved.scorer.id).toBe('pagerank');
    // The same suite restricted to two attacks: same worlds, seeds, cells and summary code.
    const part: Suite = { ...v1, attacks: v1.attacks.filter((a) => RERUN.includes(a.id)) };
    const scorer = getScorer('pagerank');
    const again = summarise(part, saved.scorer, saved.goodhartVersion, (c: CellSpec): ScoreOutcome => runCell(part, c, [scorer])[0]!);
    expect(again.failures).toEqual([]);
    expect(again.attacks).toEqual(saved.attacks.filter((a) => RERUN.includes(a.id)));
    expect({ seeds: again.seeds, worlds: again.worlds, k: again.k, thresholds: again.thresholds }).toEqual({
      seeds: saved.seeds,
      worlds: saved.worlds,
      k: saved.k,
      thresholds: saved.thresholds,
    });
  });

  it('v2 on its own world measures what v1 does (a budget per 1,000 is the absolute budget there)', () => {
    const v1 = getSuite('v1');
    const v2 = getSuite('v2');
    const ai = v1.attacks.findIndex((a) => a.id === 'engaging-bots');
    expect(v2.attacks[ai]!.id).toBe('engaging-bots');
    const cell = { world: 0, attack: ai, budget: 800, seed: 2 };
    const scorers = [getScorer('pagerank'), getScorer('follower-count')];
    expect(runCell(v2, cell, scorers)).toEqual(runCell(v1, cell, scorers));
  });
});
