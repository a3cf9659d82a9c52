/**
 * The leaderboard with yours in it, on results made from fabricated cell outcomes (no simulation):
 * the named scorer is ranked among the others and marked; the page has every scorer's robustness
 * curve (a Vega-Lite spec that compiles without warnings, one line per scorer and attack), a
 * breakdown table (scorer × attack) and a note naming the scorers that already fail a threshold
 * with no attack.
 */
import { describe, expect, it } from 'vitest';
import { getAttack } from '../../src/attacks/registry.js';
import type { CellSpec } from '../../src/gauntlet/cell.js';
import { scorerCurvesChart } from '../../src/charts/gauntlet-curves.js';
import {
  breakdownTable,
  brokenWithoutAttackNote,
  leaderboardHtml,
  leaderboardLines,
  leaderboardRows,
  scorerCurvePoints,
} from '../../src/gauntlet/report.js';
import { summarise, type GauntletResult } from '../../src/gauntlet/result.js';
import { smoke } from '../../src/gauntlet/suites/smoke.js';

/** A result with AUC `auc0` with no attack, falling by `fall` at each attack's second budget. */
function result(id: string, auc0: number, fall: number): GauntletResult {
  return summarise(smoke, { id, version: '1', family: 'test', from: 'registry' }, '0.0.0', (c: CellSpec) => {
    const step = smoke.attacks[c.attack]!.budgets.indexOf(c.budget);
    return { ok: true, measures: { auc: auc0 - fall * step, overlap: auc0 > 0.9 ? 0.8 : 0.2, spearman: 0.5, attackerShare: 0, lift: 0 } };
  });
}

describe('leaderboard', () => {
  const results = [result('strong', 0.98, 0.02), result('mine', 0.97, 0.3), result('lame', 0.5, 0)];

  it('ranks the named scorer among the others, best first, and marks it', () => {
    const rows = leaderboardRows(results, ['mine']);
    expect(rows.map((r) => [r.scorer, r.named])).toEqual([
      ['strong', false],
      ['mine', true],
      ['lame', false],
    ]);
    expect(rows[1]!.robustness).toBeCloseTo(0.67, 12);
    expect(rows[2]!.brokenWithoutAttack).toEqual(smoke.attacks.map((a) => a.id));
    expect(rows[0]!.brokenWithoutAttack).toEqual([]);
    expect(leaderboardLines(rows)[3]).toMatch(/^mine \(named\)\s+test\s+0\.670/);
  });

  it("draws every scorer's robustness curve: a point per scorer, attack and budget, and a spec that compiles", async () => {
    const points = scorerCurvePoints(results);
    expect(points).toHaveLength(results.length * smoke.attacks.length * 2);
    expect(points.find((p) => p.scorer === 'mine' && p.attack === 'perks' && p.budget === 100)!.mean).toBeCloseTo(0.67, 12);
    const spec = scorerCurvesChart(points, { measureLabel: 'AUC', threshold: 0.9, scorers: ['strong', 'mine', 'lame'] });
    const vl = await import('vega-lite');
    const warnings: string[] = [];
    const logger = {
      level: () => logger,
      error: (m: string) => warnings.push(m),
      warn: (m: string) => warnings.push(m),
      info: () => logger,
      debug: () => logger,
    };
    vl.compile(spec, { logger: logger as never });
    expect(warnings).toEqual([]);
  });

  it('tables each breakdown budget and notes the scorers that fail without any attack', () => {
    const t = breakdownTable(results, ['mine']);
    expect(t.columns).toEqual(['scorer', ...smoke.attacks.map((a) => `${a.id} (${getAttack(a.id).costUnit})`)]);
    expect(t.rows.map((r) => r[0])).toEqual(['strong', 'mine (named)', 'lame']);
    expect(t.rows[0]!.slice(1)).toEqual(smoke.attacks.map(() => 'holds'));
    expect(t.rows[1]![1]).toBe('200');
    expect(t.rows[2]![1]).toMatch(/^0 \(fails with no attack: AUC 0\.50 < 0\.9, top-k overlap 0\.20 < 0\.5\)$/);
    const note = brokenWithoutAttackNote(results);
    expect(note).toMatch(/^Already failing a threshold .* with no attack at all, at budget 0: lame \(every attack\)\./);
    expect(brokenWithoutAttackNote(results.slice(0, 2))).toBe('');
    const html = leaderboardHtml(results, 'goodhart gauntlet --leaderboard --suite smoke --scorers ./mine.ts', ['mine']);
    for (const s of ['Robustness curves', 'Breakdown budget by attack', 'mine (named)', 'lame (every attack)']) expect(html).toContain(s);
  });
});
