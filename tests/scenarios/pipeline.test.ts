/**
 * The run pipeline on a tiny world, two seeds: which rows and files it produces (counts derived
 * from the plan by hand), the CSV formats on hand-made inputs, and the reproduce command.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { MEASURES, TRUTH_MEASURES, VERSION_MEASURES } from '../../src/drift/registry.js';
import { NOISE_CEILING } from '../../src/drift/tidy.js';
import { getScorer } from '../../src/metrics/registry.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { runScenario, type ScenarioRun } from '../../src/pipeline/run-scenario.js';
import { runFiles } from '../../src/pipeline/run-outputs.js';
import { scoresCsv, truthCsv } from '../../src/pipeline/tables.js';
import { summaryTable } from '../../src/pipeline/console-summary.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { runReproduceCommand } from '../../src/cli/commands/run.js';
import { parseCommandArgs } from '../../src/cli/args.js';
import { runCommand } from '../../src/cli/commands/run.js';
import type { TruthEstimate } from '../../src/truth/truth-model.js';

const sc = getScenario('algorithm-change');
const SCORERS = ['klout-like', 'klout-like@v2', 'follower-count'];
let run: ScenarioRun;
let files: Map<string, string | Uint8Array>;

beforeAll(async () => {
  const plan = makePlan(sc, SCORERS.map(getScorer));
  const configs = [1, 2].map((seed) => resolveRunConfig(sc, { seed, agents: 150, ticks: 7 }));
  run = runScenario(plan, configs);
  files = (await runFiles(run, { command: 'goodhart run algorithm-change --seeds 1..2 --agents 150 --ticks 7', render: false })).files;
});

describe('runScenario on algorithm-change (150 people, 7 ticks, seeds 1 and 2)', () => {
  it('snapshots at tick 5 (every 6) and at the final tick 6', () => {
    for (const rep of run.replicates) expect(rep.snapshotTicks).toEqual([5, 6]);
  });

  it('writes one drift row per seed, tick, scorer and truth measure, the noise ceiling at the final tick, churn for the version pair', () => {
    const perSeed = 2 * SCORERS.length * TRUTH_MEASURES.length + TRUTH_MEASURES.length + 2 * VERSION_MEASURES.length;
    expect(run.drift).toHaveLength(2 * perSeed);
    const ceiling = run.drift.filter((r) => r.scorer === NOISE_CEILING);
    expect(new Set(ceiling.map((r) => r.tick))).toEqual(new Set([6]));
    const churn = run.drift.filter((r) => r.scorer === 'klout-like->klout-like@v2');
    expect(new Set(churn.map((r) => r.measure))).toEqual(new Set(VERSION_MEASURES.map((m) => m.id)));
  });

  it('summarises over both seeds', () => {
    const rho = run.summary.find((r) => r.tick === 6 && r.scorer === 'follower-count' && r.measure === 'spearman')!;
    expect(rho.n).toBe(2);
    const values = run.drift.filter((r) => r.tick === 6 && r.scorer === 'follower-count' && r.measure === 'spearman').map((r) => r.value);
    expect(rho.mean).toBeCloseTo((values[0]! + values[1]!) / 2, 12);
    expect(rho.lo).toBeLessThanOrEqual(rho.mean);
  });

  it('sweeps the main attack: one row per seed, budget and sweep scorer', () => {
    const sweepScorers = sc.sweep!.scorers!.filter((s) => SCORERS.includes(s));
    expect(run.sweep).toHaveLength(2 * sc.sweep!.budgets.length * sweepScorers.length);
    expect(new Set(run.sweep.map((r) => r.budget))).toEqual(new Set(sc.sweep!.budgets));
  });

  it('names the nephew: the one target of volume-spam', () => {
    for (const rep of run.replicates) expect([...rep.focus.get('nephew')!]).toEqual([...rep.result.attacks[0]!.targets]);
  });

  it('builds the files of a two-seed run: per-seed tables, drift, sweep, charts, report, manifest', () => {
    const names = [...files.keys()].sort();
    for (const s of [1, 2])
      for (const f of ['agents.csv', 'ticks.csv', 'scores.csv', 'truth.csv']) expect(names).toContain(`seed-${s}/${f}`);
    for (const f of [
      'drift.csv',
      'drift-summary.csv',
      'sweep.csv',
      'report.html',
      'manifest.json',
      'charts/rank-churn-klout-like-klout-like-v2.vl.json',
      'charts/top-k-composition.vl.json',
    ])
      expect(names).toContain(f);
    const manifest = JSON.parse(files.get('manifest.json') as string);
    expect(manifest.seed).toEqual([1, 2]);
    expect(manifest.outputs).toEqual(names);
    expect(manifest.focus.nephew).toHaveLength(1);
    const html = files.get('report.html') as string;
    expect(html).toContain('Accounts to watch');
    expect(html).toContain('nephew (#');
  });

  it('prints a table with one line per scorer, intervals over the seeds', () => {
    const t = summaryTable(run).trim().split('\n');
    expect(t[0]).toMatch(/^scorer\s+Spearman with truth \(95% CI\)\s+gamers in top 10 \(95% CI\)$/);
    expect(t.slice(2, -1).map((l) => l.split(/\s+/)[0])).toEqual(SCORERS);
    expect(t[t.length - 1]).toMatch(/^\(truth noise ceiling\)\s+0\.\d{3} \[/);
  });
});

describe('CSV formats (hand-made inputs)', () => {
  it('scores.csv: rows by scorer then agent, competition ranks, -0 printed as 0, labels quoted when needed', () => {
    const scores = new Map([
      ['a', Float64Array.from([3, -0, 3])],
      ['b', Float64Array.from([0.5, 2, 1])],
    ]);
    expect(scoresCsv(scores)).toBe('agent,scorer,score,rank\n0,a,3,1\n1,a,0,3\n2,a,3,1\n0,b,0.5,3\n1,b,2,1\n2,b,1,2\n');
    expect(scoresCsv(new Map([['a', Float64Array.from([1])]]), ['x,y'])).toBe('agent,scorer,score,rank\n"x,y",a,1,1\n');
  });
  it('truth.csv: agent, estimate, stderr', () => {
    const t = { estimate: Float64Array.from([1.5, 0]), stderr: Float64Array.from([0.25, 0]) } as unknown as TruthEstimate;
    expect(truthCsv(t)).toBe('agent,estimate,stderr\n0,1.5,0.25\n1,0,0\n');
  });
});

describe('the reproduce command', () => {
  const cmd = (argv: string[]) => runReproduceCommand(parseCommandArgs(runCommand, argv), 'attention-vs-influence');
  it('makes the scenario and seed explicit and drops --out and --quiet', () => {
    expect(cmd([])).toBe('goodhart run attention-vs-influence --seed 1');
    expect(cmd(['perks', '--seed', '4', '--out', '/tmp/x', '-q'])).toBe('goodhart run perks --seed 4');
    expect(cmd(['--seeds', '1..3', '--quiet', '--out=/tmp/y', '--scorers', 'formula:2 * followers'])).toBe(
      "goodhart run attention-vs-influence --seeds 1..3 --scorers 'formula:2 * followers'",
    );
  });
  it('lists every measure id in --help', () => {
    for (const m of MEASURES) expect(String(runCommand.options.measures!.description)).toContain(m.id);
  });
});
