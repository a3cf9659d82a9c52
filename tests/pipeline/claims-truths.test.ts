/**
 * Each claim names the truth it is judged under and is judged under every other truth the run
 * computed (issue 14, item 6): on a small seeded silent-majority world (400 people, 30 ticks,
 * seed 1), `influential-but-invisible` holds under per-message spread and fails under realized
 * influence (spread × posts per tick: the true top 10 are then people who post, whom reactions see),
 * and the report line, the terminal line and claims.csv show both verdicts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveRunConfig, type RunConfig } from '../../src/engine/config.js';
import { getScorer } from '../../src/metrics/registry.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { runScenario, type ScenarioRun } from '../../src/pipeline/run-scenario.js';
import { evaluateClaims } from '../../src/pipeline/claims.js';
import { CLAIMS_COLUMNS, claimsConsoleLines, claimsReportTable, claimsRows, otherTruthsPhrase } from '../../src/pipeline/claims-table.js';
import { outcome, type ClaimTruthId } from '../../src/scenarios/claims/claim.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { reportInput } from '../../src/pipeline/report-input.js';
import type { Scenario } from '../../src/scenarios/scenario.js';
import { DEFAULT_PRECISION } from '../../src/truth/truth-model.js';

const sc = getScenario('silent-majority');
let run: ScenarioRun;
let configs: RunConfig[];

beforeAll(() => {
  const plan = makePlan(sc, ['follower-count', 'reactions-received', 'engagement-rate', 'klout-like'].map(getScorer));
  configs = [resolveRunConfig(sc, { seed: 1, agents: 400, ticks: 30, activity: { recordEvery: 30 } })];
  run = runScenario(plan, configs);
});

const claim = (id: string) => run.claims.find((c) => c.id === id)!;

describe('claims judged under every truth (silent-majority, 400 people, seed 1)', () => {
  it('a claim names per-message spread by default and is judged under the four other truths as well', () => {
    const c = claim('influential-but-invisible');
    expect(c.truth).toBe('spread');
    expect(c.otherTruths.map((t) => t.truth)).toEqual(['realized', 'lt', 'fj', 'removal']);
    expect(c.truthFree).toBe(false);
  });

  it('influential-but-invisible holds under spread and fails under realized influence', () => {
    const c = claim('influential-but-invisible');
    expect(c.outcomes[0]!.outcome.holds).toBe(true);
    const realized = c.otherTruths.find((t) => t.truth === 'realized')!.outcomes[0]!.outcome;
    expect(realized.holds).toBe(false);
    expect(realized.values.outside).not.toBe(c.outcomes[0]!.outcome.values.outside);
  });

  it('the report line and the terminal line print the named verdict and the others compactly', () => {
    const c = claim('influential-but-invisible');
    const phrase = otherTruthsPhrase(c);
    expect(phrase).toMatch(/fails under realized/);
    expect(phrase).toMatch(/^also holds under LT/);
    const row = claimsReportTable([c]).rows[0] as readonly unknown[];
    expect(row[0]).toBe('✓');
    expect(row[2]).toBe(`holds under spread; ${phrase}`);
    expect(claimsConsoleLines([c])[0]).toContain('(holds under spread; also holds under');
  });

  it('claims.csv has one row per claim × truth × seed, the named truth first and marked', () => {
    expect(CLAIMS_COLUMNS).toContain('truth');
    const rows = claimsRows(sc.id, [claim('influential-but-invisible')]);
    expect(rows.map((r) => [r.truth, r.named, r.holds])).toEqual([
      ['spread', true, true],
      ['realized', false, false],
      ...['lt', 'fj', 'removal'].map((t) => [t, false, expect.any(Boolean)]),
    ]);
  });

  it('a claim that reads no true influence says so once instead of five identical verdicts', () => {
    const c = claim('moved-outnumber-reactions');
    expect(c.truthFree).toBe(true);
    expect(otherTruthsPhrase(c)).toBe('reads no true influence: the same under every truth');
    expect(claimsRows(sc.id, [c]).map((r) => r.truth)).toEqual(['spread']);
  });

  it('a claim naming another truth is judged under that truth; a sweep cell asks for the named verdict only', () => {
    const seen: Float64Array[] = [];
    const named = (truth: ClaimTruthId): Scenario => ({
      ...sc,
      claims: [
        {
          id: 'probe',
          text: 'probe',
          mechanism: 'test',
          truth,
          evaluate: (w) => {
            seen.push(w.truth);
            return outcome('', {}, true);
          },
        },
      ],
    });
    const rep = run.replicates[0]!;
    for (const t of ['realized', 'lt', 'fj'] as const) {
      seen.length = 0;
      const [r] = evaluateClaims(named(t), run.replicates, configs, DEFAULT_PRECISION, undefined, { truths: 'named' });
      expect(r!.truth).toBe(t);
      expect(r!.otherTruths).toEqual([]);
      expect(seen).toEqual([rep.truthVectors.get(t)]);
    }
  });

  it('the run report draws where each claim holds, after the claims (region data of silent-majority)', () => {
    const sections = reportInput(run, [], 'goodhart run silent-majority', {}).sections;
    const region = sections.filter((x) => x.heading.startsWith('Where this claim holds: '));
    expect(region.map((x) => x.heading.slice('Where this claim holds: '.length))).toEqual(sc.claims!.map((c) => c.id));
    for (const x of region) expect(x.chart && x.caption).toBeTruthy();
    expect(sections.findIndex((x) => x.heading === 'What this run shows')).toBeLessThan(sections.indexOf(region[0]!));
  });
});
