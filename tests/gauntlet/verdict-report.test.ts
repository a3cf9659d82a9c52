/** A scorer that failed every cell is never reported as holding: gauntlet.json, the table, gauntlet.html. */
import { describe, expect, it } from 'vitest';
import { attackTable, gauntletHtml, leaderboardRows } from '../../src/gauntlet/report.js';
import { summarise } from '../../src/gauntlet/result.js';
import { getSuite } from '../../src/gauntlet/suites/registry.js';

describe('a scorer that failed every cell', () => {
  const suite = getSuite('smoke');
  const r = summarise(suite, { id: 'formula:followers/0', version: 'v1', family: 'formula', from: 'registry' }, 'test', () => ({
    ok: false,
    reason: 'FormulaError: gives Infinity',
  }));
  it('has verdict "failed" for every attack in gauntlet.json', () => {
    expect(r.attacks.map((a) => a.breakdown.verdict)).toEqual(suite.attacks.map(() => 'failed'));
    expect(r.attacks.every((a) => a.breakdown.budget === null)).toBe(true);
  });
  it('shows "failed" and never "holds" in the table and the HTML report; holds no attack on the leaderboard', () => {
    const verdicts = attackTable(r).rows.map((row) => String(row[10]));
    expect(verdicts.every((v) => v.startsWith('failed'))).toBe(true);
    const html = gauntletHtml(r, 'goodhart gauntlet --scorer formula:followers/0 --suite smoke');
    expect(html).toContain('failed (the scorer did not run in every budget)');
    expect(html).not.toMatch(/>holds</);
    expect(leaderboardRows([r])[0]!.held).toBe(0);
  });
});
