/**
 * `goodhart run <scenario>`: simulate a scenario over one or more seeds, measure how far every
 * scorer drifts from true influence, and write the results directory atomically.
 *
 *   argv ─▶ 1. check everything (scenario, seeds, scorers, measures, --out writable)
 *        ─▶ 2. run each seed (simulate, truth and scores at every snapshot, drift, budget sweep)
 *        ─▶ 3. build files in memory (CSVs, charts as .vl.json/.svg/.png, report.html, manifest)
 *        ─▶ 4. write them all at once (writeDirAtomically) ─▶ print the summary table
 * A scenario with its own `experiment` (several runs side by side, e.g. goodhart-decay) replaces
 * steps 2-3 with it; the checks and the atomic write stay the same.
 *
 * See src/pipeline/run-outputs.ts for the directory layout.
 */
import { optionTyped, type Command, type ParsedArgs } from '../args.js';
import {
  SCENARIO_POSITIONAL,
  SIM_OPTIONS,
  printGraphNotes,
  reproduceCommand,
  runConfigFromArgs,
  scenarioFromArgs,
  seedFromArgs,
  settingsFromArgs,
  splitDynamics,
  threadsFromArgs,
} from '../sim-options.js';
import { setPageRankThreads } from '../../metrics/algorithms/pagerank-threads.js';
import { resolveScorerList, scorersOption } from '../scorer-args.js';
import { ScorerCrashError } from '../../metrics/user-code.js';
import { checkOutDir, outTarget, writeResult, type OutTarget } from '../../pipeline/out-dir.js';
import { ParameterError } from '../../errors.js';
import { MEASURES } from '../../drift/registry.js';
import type { Scenario } from '../../scenarios/scenario.js';
import { makePlan, splitList } from '../../pipeline/plan.js';
import { parseSeeds, seedsLabel } from '../../pipeline/seed-list.js';
import { runScenario } from '../../pipeline/run-scenario.js';
import { runFiles } from '../../pipeline/run-outputs.js';
import { phase } from '../../pipeline/phases.js';
import { summaryTable } from '../../pipeline/console-summary.js';
import { claimsConsoleLines } from '../../pipeline/claims-table.js';
import { progress } from '../progress.js';
import { applySettings } from '../../engine/settings.js';
import { join } from 'node:path';

/**
 * The command that reproduces this run's files: the scenario and seed(s) made explicit; `--out`,
 * `--threads` and `--quiet` left out by {@link reproduceCommand} (they change no byte).
 */
export function runReproduceCommand(args: ParsedArgs, scenario: string): string {
  const kept = [...args.argv];
  if (args.positionals.length === 0) kept.unshift(scenario);
  if (!optionTyped(args, 'seed', 's') && !optionTyped(args, 'seeds')) kept.push('--seed', String(seedFromArgs(args)));
  return reproduceCommand('run', { ...args, argv: kept });
}

/** A scenario that is its own experiment (e.g. goodhart-decay): its files, written atomically, and its findings. */
async function runExperiment(
  args: ParsedArgs,
  scenario: Scenario,
  seeds: number[],
  target: OutTarget,
  scorers: string[] | undefined,
  measures: string[] | undefined,
  threads: number | undefined,
): Promise<number> {
  const bar = progress(scenario.id, args.options.quiet as boolean);
  const agents = args.options.agents !== undefined ? runConfigFromArgs(args, seeds[0]).config.agents : undefined;
  // --config, then --set: world settings for every run, dynamics.* for every intervention.
  const { file, set } = settingsFromArgs(args);
  const { world, dynamics } = splitDynamics(scenario, { ...file, ...set });
  const { seed: _, ...overrides } = applySettings({ seed: 0 }, world);
  const ticks = args.options.ticks !== undefined ? Number(args.options.ticks) : undefined;
  const out = await scenario.experiment!(scenario, {
    seeds,
    ...(agents !== undefined ? { agents } : {}),
    ...(ticks !== undefined ? { ticks } : {}),
    ...(Object.keys(world).length > 0 ? { overrides } : {}),
    ...(Object.keys(dynamics).length > 0 ? { dynamics } : {}),
    ...(scorers ? { scorers } : {}),
    ...(measures ? { measures } : {}),
    ...(threads !== undefined ? { threads } : {}),
    command: runReproduceCommand(args, scenario.id),
    onProgress: (d, t, label) => bar.update(d, t, label),
  });
  bar.stop();
  const written = writeResult(target, out.files);
  for (const line of out.summary) console.log(line);
  if (out.files.has('report.html')) console.log(`report: ${join(written, 'report.html')}`);
  console.log(`wrote ${written}`);
  return 0;
}

export const runCommand: Command = {
  name: 'run',
  summary: 'simulate a scenario, measure drift from true influence, and write CSVs, charts and report.html',
  positionals: [SCENARIO_POSITIONAL],
  options: {
    ...SIM_OPTIONS,
    seeds: {
      kind: 'text',
      description:
        'run replicates and report means with 95% intervals: a range 1..10 or a list 1,2,5 of decimal seeds 0-2147483647, at most 1000 of them (instead of --seed)',
      placeholder: 'A..B',
    },
    scorers: scorersOption("the scenario's"),
    measures: {
      kind: 'text',
      description: `drift measure ids, comma-separated (default: all: ${MEASURES.map((m) => m.id).join(', ')})`,
      placeholder: 'a,b',
    },
  },
  examples: [
    'goodhart run attention-vs-influence --seed 7',
    'goodhart run follow-back-farming --seeds 1..10',
    'goodhart run algorithm-change --scorers klout-like,klout-like@v2 --measures spearman,rbo',
    'goodhart run attention-vs-influence --scorers follower-count,pagerank,./my-scorer.ts',
    'goodhart run attention-vs-influence --agents 20000 --ticks 50 --out big-run',
    'goodhart run --agents 20000 --ticks 50 --out big-run --force   (replace the previous big-run)',
  ],
  async run(args) {
    // 1. Check everything before any work.
    const scenario = scenarioFromArgs(args);
    const seedSpec = args.options.seeds as string | undefined;
    if (seedSpec !== undefined && optionTyped(args, 'seed', 's'))
      throw new ParameterError('--seed', args.options.seed, 'nothing when --seeds is given (use one or the other)');
    const seeds = seedSpec !== undefined ? parseSeeds(seedSpec) : [seedFromArgs(args)];

    const configs = seeds.map((s) => runConfigFromArgs(args, s).config);
    const scorerSpec = args.options.scorers as string | undefined;
    const resolved = await resolveScorerList([scorerSpec ?? scenario.scorers.join(',')]);
    const scorers = resolved.map((r) => r.scorer);
    if (scenario.experiment && resolved.some((r) => r.ref.kind === 'file'))
      throw new ParameterError(
        '--scorers',
        scorerSpec,
        `registered scorer ids with ${scenario.id} (its experiment deploys scorers by id; score a file with another scenario)`,
      );
    const measureSpec = args.options.measures as string | undefined;
    const measures = measureSpec !== undefined ? splitList(measureSpec) : undefined;
    if (measures !== undefined && measures.length === 0)
      throw new ParameterError('--measures', measureSpec, `one or more of ${MEASURES.map((m) => m.id).join(', ')}`);
    const threads = threadsFromArgs(args);
    setPageRankThreads(threads); // the scorers' PageRank solves too
    const plan = {
      ...makePlan(
        scenario,
        scorers,
        measures,
        configs[0]!.attacks.map((a) => a.id),
      ),
      ...(threads !== undefined ? { threads } : {}),
    };
    const target = outTarget(
      args.options,
      'run',
      join('results', scenario.id, seedSpec !== undefined ? `seeds-${seedsLabel(seeds)}` : `seed-${seeds[0]}`),
    );
    checkOutDir(target);
    printGraphNotes(args);
    if (scenario.experiment)
      return runExperiment(
        args,
        scenario,
        seeds,
        target,
        scorerSpec !== undefined ? scorers.map((s) => s.id) : undefined,
        measures,
        threads,
      );
    // 2. Run.
    const bar = progress(`${scenario.id}`, args.options.quiet as boolean);
    const run = runScenario(plan, configs, (done, total, label) => bar.update(done, total, label));
    // A user scorer's asynchronous failure (a timer that throws) stops the run before anything is
    // written. (Only the failures: its built-ins were checked after each call, and the charts below
    // may change built-ins of their own.)
    await new Promise<void>((r) => setTimeout(r, 5));
    await new Promise<void>((r) => setImmediate(r));
    for (const s of scorers) {
      const late = s.sink.errors.splice(0);
      if (late.length > 0) throw new ScorerCrashError(s.id, late[0]!);
      s.sink.closed = true;
    }
    // 3. Build files.
    const { files, charts } = await runFiles(run, {
      command: runReproduceCommand(args, scenario.id),
      onChart: (d, t) => bar.update(d, t, 'charts'),
    });
    bar.stop();
    // 4. Write and report.
    const written = phase('write', () => writeResult(target, files));
    const first = run.replicates[0]!.result;
    console.log(
      `${scenario.title}: ${first.final.observation.n} accounts, ${first.config.ticks} ticks, ${seeds.length === 1 ? `seed ${seeds[0]}` : `${seeds.length} seeds`}; ${charts.length} charts`,
    );
    console.log(`final tick ${first.final.tick}, k = 10:`);
    process.stdout.write(summaryTable(run));
    if (run.claims.length > 0) {
      console.log('claims, judged on this run:');
      for (const line of claimsConsoleLines(run.claims)) console.log(`  ${line}`);
    }
    console.log(`report: ${join(written, 'report.html')}`);
    console.log(`wrote ${written}`);
    return 0;
  },
};
