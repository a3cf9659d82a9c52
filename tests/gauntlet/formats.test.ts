/**
 * `--format junit` and `--format markdown` on results made from fabricated cell outcomes (no
 * simulation): the JUnit file is accepted by a real XML parser (fast-xml-parser's validator and
 * parser), has one testsuite per attack and one testcase per attack × budget × measure (plus the
 * breakdown budget), and agrees with the exit code — failures exactly for the regressions, with
 * the old and new values; errors where the scorer failed; nothing failing without a baseline.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseFormats } from '../../src/cli/commands/gauntlet.js';
import { ParameterError } from '../../src/errors.js';
import { compareWithBaseline } from '../../src/gauntlet/baseline.js';
import type { CellSpec, ScoreOutcome } from '../../src/gauntlet/cell.js';
import { gauntletJunit, xmlEscape } from '../../src/gauntlet/junit.js';
import { gauntletMarkdown, leaderboardMarkdown } from '../../src/gauntlet/markdown.js';
import { MEASURE_NAMES } from '../../src/gauntlet/measures.js';
import { summarise, type GauntletResult } from '../../src/gauntlet/result.js';
import { smoke } from '../../src/gauntlet/suites/smoke.js';

const scorer = (id: string) => ({ id, version: 'v1', family: 'test', from: 'registry' });

/** A result whose AUC falls by `fall` per budget step under the attacks named in `weak`, and that fails (`why`) in `broken` cells. */
function fabricate(id: string, weak: readonly string[], broken: (c: CellSpec) => string | null = () => null): GauntletResult {
  return summarise(smoke, scorer(id), '0.0.0', (c): ScoreOutcome => {
    const why = broken(c);
    if (why !== null) return { ok: false, reason: why };
    const a = smoke.attacks[c.attack]!;
    const step = a.budgets.indexOf(c.budget);
    const hit = weak.includes(a.id) ? 0.4 * step : 0;
    return { ok: true, measures: { auc: 0.95 - hit + c.seed * 0.002, overlap: 0.6, spearman: 0.7, attackerShare: hit / 2, lift: hit } };
  });
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['testsuite', 'testcase'].includes(name),
});
type Case = { '@name': string; failure?: { '@message': string }; error?: { '@message': string }; 'system-out': string };
type Suite = { '@name': string; '@tests': string; '@failures': string; '@errors': string; testcase: Case[] };

function parse(xml: string): { '@tests': string; '@failures': string; '@errors': string; testsuite: Suite[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites;
}

describe('gauntlet.junit.xml', () => {
  const base = fabricate('robust', []);
  const worse = fabricate('worse', ['bought-followers', 'sybil-region']);
  const regs = compareWithBaseline(worse, base, smoke);

  it('is well-formed JUnit XML: a testsuite per attack, a testcase per attack × budget × measure and the breakdown', () => {
    const doc = parse(gauntletJunit(base, undefined, []));
    expect(doc.testsuite.map((s) => s['@name'])).toEqual(smoke.attacks.map((a) => a.id));
    for (const [i, s] of doc.testsuite.entries()) {
      const a = smoke.attacks[i]!;
      const names = s.testcase.map((c) => c['@name']);
      expect(names).toEqual([...a.budgets.flatMap((b) => MEASURE_NAMES.map((m) => `budget ${b}: ${m}`)), 'breakdown budget']);
      expect(Number(s['@tests'])).toBe(names.length);
    }
    expect(Number(doc['@tests'])).toBe(smoke.attacks.reduce((n, a) => n + a.budgets.length * MEASURE_NAMES.length + 1, 0));
    // Without a baseline nothing regresses: no failure, no error, and each case carries its values.
    expect([doc['@failures'], doc['@errors']]).toEqual(['0', '0']);
    expect(doc.testsuite[0]!.testcase[0]!['system-out']).toMatch(/mean 0\.9530 \(min 0\.9520, max 0\.9540\) over 2 of 2 replicates/);
  });

  it('has one failure per regression, with the old and new values, and the counts match', () => {
    expect(regs.length).toBeGreaterThan(0);
    const doc = parse(gauntletJunit(worse, base, regs));
    expect(Number(doc['@failures'])).toBe(regs.length);
    const failed = doc.testsuite.flatMap((s) => s.testcase.filter((c) => c.failure).map((c) => `${s['@name']}|${c['@name']}`));
    const expected = regs.map((r) => `${r.attack}|${r.budget === null ? 'breakdown budget' : `budget ${r.budget}: ${r.measure}`}`);
    expect(failed.sort()).toEqual(expected.sort());
    const auc = doc.testsuite.find((s) => s['@name'] === 'bought-followers')!.testcase.find((c) => c['@name'] === 'budget 200: auc')!;
    expect(auc.failure!['@message']).toBe('bought-followers: auc at budget 200: 0.953 → 0.553 (worse by 0.400; tolerance 0.05)');
    expect(auc['system-out']).toMatch(/baseline mean 0\.9530/);
    expect(doc.testsuite.find((s) => s['@name'] === 'perks')!['@failures']).toBe('0');
  });

  it('reports cells where the scorer failed as errors, escaping any text the scorer threw', () => {
    const why = 'Error: bad <input> & "quotes" \u0001 here';
    const r = fabricate('crashy', [], (c) => (smoke.attacks[c.attack]!.id === 'perks' && c.budget > 0 && c.seed === 2 ? why : null));
    const doc = parse(gauntletJunit(r, undefined, []));
    const perks = doc.testsuite.find((s) => s['@name'] === 'perks')!;
    expect(Number(perks['@errors'])).toBe(MEASURE_NAMES.length);
    expect(perks.testcase.find((c) => c['@name'] === 'budget 100: auc')!.error!['@message']).toBe(
      'the scorer failed in 1 of 2 cells at budget 100: Error: bad <input> & "quotes"  here',
    );
    expect(doc['@failures']).toBe('0');
  });

  it('escapes the five XML characters and drops those XML 1.0 forbids', () => {
    expect(xmlEscape(`a<b>&"c'\u0000\u001f\t`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;\t');
  });
});

describe('gauntlet.md', () => {
  const base = fabricate('robust', []);
  const worse = fabricate('worse', ['bought-followers']);

  it('says holds, regression or no baseline in its first line, with one table row per attack', () => {
    const held = gauntletMarkdown(base, base, []);
    expect(held).toMatch(/✅ \*\*Holds against the baseline\*\*/);
    for (const a of smoke.attacks) expect(held).toContain(`| \`${a.id}\` |`);
    const regs = compareWithBaseline(worse, base, smoke);
    const bad = gauntletMarkdown(worse, base, regs);
    expect(bad).toMatch(/❌ \*\*Regression: \d+ measure\(s\) worse than the baseline beyond tolerance\*\*, in `bought-followers`/);
    expect(bad).toContain('- bought-followers: auc at budget 200: 0.953 → 0.553 (worse by 0.400; tolerance 0.05)');
    expect(bad).toMatch(/\| `bought-followers` \|.*\| 0\.553 \(was 0\.953\) \|.*❌ \d+ worse \|/);
    expect(gauntletMarkdown(base, undefined, [])).toMatch(/No baseline given/);
  });

  it('the leaderboard marks the named scorer and the attacks it fails with no attack', () => {
    const broken = summarise(smoke, scorer('mine'), '0.0.0', () => ({
      ok: true,
      measures: { auc: 0.5, overlap: 0.1, spearman: 0.2, attackerShare: 0, lift: 0 },
    }));
    const md = leaderboardMarkdown([fabricate('robust', []), broken], ['mine']);
    expect(md).toMatch(/\| 1 \| `robust` \|.*\| – \|/);
    expect(md).toMatch(/\| 2 \| `mine` \(named\) \|.*\| bought-followers, engaging-bots, .*adaptive \|/);
  });
});

describe('--format', () => {
  it('takes a list or repeats, and names what is allowed', () => {
    expect([...parseFormats(['junit,markdown'])]).toEqual(['junit', 'markdown']);
    expect([...parseFormats(['junit', 'markdown', 'junit'])]).toEqual(['junit', 'markdown']);
    expect([...parseFormats(undefined)]).toEqual([]);
    expect(() => parseFormats(['junit,xml'])).toThrow(ParameterError);
    expect(() => parseFormats(['junit,xml'])).toThrow(/xml.*json, html, junit, markdown/);
  });
});
