/**
 * The adaptive attacker against the best fixed attack (src/gauntlet/adaptive-gap.ts), on
 * hand-made results: equal budgets only, the best fixed attack by mean rank lift, the gap's sign,
 * missing values, and no comparison without an adaptive attack.
 */
import { describe, expect, it } from 'vitest';
import { adaptiveGap, adaptiveGapLines, adaptiveGapTable } from '../../src/gauntlet/adaptive-gap.js';
import { MEASURE_NAMES } from '../../src/gauntlet/measures.js';
import type { AttackResult, BudgetRow, Stat } from '../../src/gauntlet/result.js';

const stat = (mean: number | null): Stat => ({ mean, min: mean, max: mean, values: [mean] });
const row = (budget: number, lift: number | null): BudgetRow => ({
  budget,
  measures: Object.fromEntries(MEASURE_NAMES.map((m) => [m, stat(m === 'lift' ? lift : 0.5)])) as BudgetRow['measures'],
  liftGain: null,
  liftPerCost: null,
  failed: lift === null ? 1 : 0,
});
const attack = (id: string, ladder: [number, number | null][]): AttackResult => ({
  id,
  costUnit: 'units',
  params: {},
  rows: ladder.map(([b, l]) => row(b, l)),
  breakdown: { budget: null, auc: null, overlap: null, brokenWithoutAttack: false, verdict: 'holds' },
});

describe('adaptiveGap', () => {
  const attacks = [
    attack('bought-followers', [
      [0, 0],
      [100, 0.3],
      [400, 0.5],
    ]),
    attack('engaging-bots', [
      [0, 0],
      [200, 0.6],
      [400, 0.55],
    ]),
    attack('perks', [
      [0, 0],
      [100, 0.35],
      [400, null],
    ]),
    attack('adaptive', [
      [0, 0],
      [100, 0.4],
      [400, 0.52],
      [1600, 0.7],
    ]),
  ];

  it('compares each adaptive budget above 0 with the fixed attacks that have it, by mean rank lift', () => {
    const g = adaptiveGap(attacks)!;
    expect(g.measure).toBe('lift');
    expect(g.rows.map((r) => r.budget)).toEqual([100, 400, 1600]);
    const [b100, b400, b1600] = g.rows;
    expect(b100).toMatchObject({ adaptive: 0.4, bestFixed: { attack: 'perks', lift: 0.35 }, compared: ['bought-followers', 'perks'] });
    expect(b100!.gap).toBeCloseTo(0.05, 12);
    // perks failed at 400 (no mean): not compared; engaging-bots (0.55) beats bought-followers (0.5).
    expect(b400).toMatchObject({ bestFixed: { attack: 'engaging-bots', lift: 0.55 }, compared: ['bought-followers', 'engaging-bots'] });
    expect(b400!.gap).toBeCloseTo(-0.03, 12);
    expect(b1600).toEqual({ budget: 1600, adaptive: 0.7, bestFixed: null, compared: [], gap: null });
  });

  it('reads as lines and as a table', () => {
    const g = adaptiveGap(attacks)!;
    expect(adaptiveGapLines(g)).toEqual([
      'budget 100: adaptive 0.400, best fixed 0.350 (perks), gap +0.050',
      'budget 400: adaptive 0.520, best fixed 0.550 (engaging-bots), gap −0.030',
      'budget 1600: adaptive 0.700, no fixed attack has this budget',
    ]);
    expect(adaptiveGapTable(g).rows[1]).toEqual([400, '0.520', '0.550', 'engaging-bots', '−0.030', 'bought-followers, engaging-bots']);
  });

  it('has no gap where the adaptive attack failed, and is null without an adaptive attack', () => {
    const failed = adaptiveGap([
      attacks[0]!,
      attack('adaptive', [
        [0, 0],
        [100, null],
      ]),
    ])!;
    expect(failed.rows[0]).toMatchObject({ adaptive: null, gap: null, bestFixed: { attack: 'bought-followers' } });
    expect(adaptiveGap(attacks.slice(0, 3))).toBeNull();
  });
});
