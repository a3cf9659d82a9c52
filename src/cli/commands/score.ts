/**
 * `goodhart score`: score every agent with a list of scorers and write `scores.csv`
 * (tidy rows: agent, scorer, score, rank) plus `scores.meta.json` (seed, parameters, version).
 *
 *   --scorers specs ─▶ resolve (registry / formula / files: src/cli/scorer-args.ts)   ← all checked first
 *   <scenario> --seed --set --config ─▶ RunConfig (src/cli/sim-options.ts, as run and truth)
 *        ─▶ simulate ─▶ final Observation   |   --graph file ─▶ follow graph, no activity
 *        ─▶ each scorer on its own copy (length and finiteness checked; --time-limit: in a worker)
 *        ─▶ ranks ─▶ the folder, written atomically
 *
 * The folder is its own (results/<scenario>/scores-seed-<S>/ or results/graph-<file>/ or --out),
 * never a `goodhart run` result, whose scores.csv must keep matching its report and manifest
 * (rules: src/pipeline/out-dir.ts). Nothing is written unless every step succeeded. A user scorer
 * that throws, calls process.exit, fails asynchronously or returns a wrong result stops the command
 * with exit code 3 and one line naming it (src/metrics/user-code.ts). Rank 1 = highest score; tied
 * agents share the lowest rank of their group (competition ranking: 1, 2, 2, 4).
 */
import { basename, extname, join } from 'node:path';
import { ParameterError } from '../../errors.js';
import { FORCE_OPTION, OUT_RULES, checkOutDir, outTarget, writeResult, type OutTarget } from '../../pipeline/out-dir.js';
import type { OutputContent } from '../../io/atomic-dir.js';
import { readGraphFile } from '../../graph/io/read-graph.js';
import { fileSha256 } from '../../graph/generators/from-file.js';
import { splitScorerList, type GuardedScorer } from '../../metrics/load-user-scorer.js';
import type { Scorer, ScorerContext } from '../../metrics/scorer.js';
import { ScorerCrashError, takeAsyncErrors } from '../../metrics/user-code.js';
import type { ScorerRef } from '../../gauntlet/scorer-ref.js';
import type { Observation } from '../../model/observation.js';
import { buildObservation } from '../../model/observe.js';
import { MAX_AGENTS, MAX_TICKS } from '../../engine/config.js';
import { settingsOf } from '../../engine/settings.js';
import { VERSION } from '../../version.js';
import { competitionRanks } from '../../stats/ranks.js';
import { csvField } from '../../io/csv.js';
import type { Command, ParsedArgs } from '../args.js';
import {
  COMMENT_OPTION,
  SIM_OPTIONS,
  commentFromArgs,
  configFileFromArgs,
  reproduceCommand,
  runConfigFromArgs,
  seedFromArgs,
  settingsFromArgs,
  threadsFromArgs,
} from '../sim-options.js';
import { setPageRankThreads } from '../../metrics/algorithms/pagerank-threads.js';
import { optionTyped } from '../args.js';
import { resolveScorerList, SCORER_ALIAS_OPTION, scorersOption } from '../scorer-args.js';
import { scoreSummaryLines } from '../score-summary.js';
import { readNotes } from '../../graph/io/read-graph.js';

/**
 * Score on this thread, one scorer after the other, each on its own copy of the input; a scorer
 * that throws, exits, returns a wrong result or fails asynchronously right after is a
 * ScorerCrashError naming it.
 */
async function scoreHere(scorers: readonly GuardedScorer[], target: Target): Promise<Float64Array[]> {
  const out: Float64Array[] = [];
  for (const s of scorers) {
    out.push(s.score(target.obs, target.ctx));
    const late = await takeAsyncErrors(s.sink);
    if (late.length > 0) throw new ScorerCrashError(s.id, late[0]!);
  }
  return out;
}

/**
 * Score in a worker thread with a wall-clock limit per scorer (the gauntlet's CellPool): a scorer
 * stuck in a loop is stopped after `seconds` and reported, its timers die with its thread. The
 * thread's start-up and the scorers' import are not counted (they get `seconds` + 60 s).
 */
async function scoreInWorker(
  items: readonly { scorer: GuardedScorer; ref: ScorerRef }[],
  target: Target,
  seconds: number,
): Promise<Float64Array[]> {
  const { CellPool } = await import('../../gauntlet/pool.js');
  const pool = new CellPool(1, seconds * 1000);
  const crash = (id: string, reason: string) =>
    new ScorerCrashError(
      id,
      reason.replace(/^ScorerCrashError: scorer \S+ (crashed: )?/, '').replace(/^timed out: /, 'timed out (--time-limit): '),
    );
  try {
    const out: Float64Array[] = [];
    for (const { scorer, ref } of items) {
      const r = await pool.score({ scorer: ref, obs: target.obs, ...(target.ctx ? { ctx: target.ctx } : {}) });
      if (!r.ok) throw crash(scorer.id, r.reason);
      out.push(r.scores);
    }
    return out;
  } finally {
    await pool.close();
  }
}

/** What gets scored: an Observation, the agent labels, and metadata for scores.meta.json. */
interface Target {
  obs: Observation;
  labels: readonly string[] | null;
  ctx: ScorerContext | undefined;
  meta: Record<string, unknown>;
  argv: readonly string[];
}

/**
 * Simulate the scenario with the settings of the command line, through the same path as `run` and
 * `truth` (runConfigFromArgs: --config, then the shorthands --agents/--ticks, then --set); the
 * resolved value of every parameter goes to scores.meta.json `parameters`.
 */
async function scenarioTarget(args: ParsedArgs, { scenario, config }: ReturnType<typeof runConfigFromArgs>): Promise<Target> {
  const seed = config.seed;
  const { simulate } = await import('../../engine/simulate.js');
  const threads = threadsFromArgs(args);
  setPageRankThreads(threads); // the scorers' PageRank solves too
  const result = simulate(config, threads !== undefined ? { threads } : {});
  return {
    obs: result.final.observation,
    labels: result.labels ?? null,
    ctx: undefined,
    meta: { scenario: scenario.id, seed, config, parameters: settingsOf(config) },
    // the seed made explicit in scores.meta.json's command, as `run` does
    argv: optionTyped(args, 'seed', 's') ? args.argv : [...args.argv, '--seed', String(seed)],
  };
}

/**
 * `dynamics.*` settings change a scenario's interventions, which `goodhart run` plays and `score`
 * does not (it scores the simulated world): refused, rather than silently ignored.
 */
function refuseDynamics(args: ParsedArgs): void {
  const { file, set } = settingsFromArgs(args);
  for (const [field, s] of [
    ['--set', set],
    [`--config ${String(args.options.config)}`, file],
  ] as const)
    for (const name of Object.keys(s))
      if (name.startsWith('dynamics.'))
        throw new ParameterError(field, name, 'a world parameter (score simulates the world only; dynamics.* is read by goodhart run)');
}

function graphTarget(args: ParsedArgs, file: string): Target {
  const comment = commentFromArgs(args);
  const loaded = readGraphFile(file, comment !== undefined ? { comment } : {});
  for (const line of readNotes(file, loaded)) console.error(line);
  const sha256 = fileSha256(file);
  const obs = buildObservation({ follows: loaded.graph, tick: 0 });
  let ctx: ScorerContext | undefined;
  const trusted = args.options.trusted as string | undefined;
  if (trusted !== undefined) {
    const index = new Map(loaded.labels.map((l, i) => [l, i]));
    const ids = splitScorerList(trusted).map((l) => {
      const id = index.get(l);
      if (id === undefined) throw new ParameterError('--trusted', l, `node labels from ${file}`);
      return id;
    });
    ctx = { trustedSeeds: Uint32Array.from(ids) };
  }
  return {
    obs,
    labels: loaded.labels,
    ctx,
    meta: {
      graph: file,
      sha256,
      nodes: loaded.graph.n,
      edges: loaded.graph.m,
      read: { header: loaded.stats.header, commentLines: loaded.stats.commentLines, weightsIgnored: loaded.stats.weightedEdges },
      dropped: { selfLoops: loaded.stats.selfLoops, duplicates: loaded.stats.duplicates },
      ...(trusted ? { trusted } : {}),
    },
    argv: args.argv,
  };
}

/** Write `scores.csv` (streamed in chunks: large worlds) and `scores.meta.json` as one result folder. */
function writeOutputs(out: OutTarget, target: Target, scorers: readonly Scorer[], scores: readonly Float64Array[]): string {
  const csv = (write: (chunk: string) => void) => {
    write('agent,scorer,score,rank\n');
    const n = target.obs.n;
    scorers.forEach((s, j) => {
      const sc = scores[j]!;
      const ranks = competitionRanks(sc);
      const id = csvField(s.id);
      let buf = '';
      for (let i = 0; i < n; i++) {
        const agent = target.labels ? csvField(target.labels[i] ?? String(i)) : String(i);
        buf += `${agent},${id},${Object.is(sc[i], -0) ? '0' : String(sc[i])},${ranks[i]}\n`;
        if (buf.length > 1 << 16) {
          write(buf);
          buf = '';
        }
      }
      write(buf);
    });
  };
  const meta = {
    version: VERSION,
    command: reproduceCommand('score', target),
    ...target.meta,
    agents: target.obs.n,
    tick: target.obs.tick,
    scorers: scorers.map((s) => ({ id: s.id, family: s.family, version: s.version, source: s.source })),
    ranks: 'competition ranking: 1 = highest, ties share the lowest rank of their group',
  };
  const dir = writeResult(
    out,
    new Map<string, OutputContent>([
      ['scores.csv', csv],
      ['scores.meta.json', `${JSON.stringify(meta, null, 2)}\n`],
    ]),
  );
  return join(dir, 'scores.csv');
}

export const scoreCommand: Command = {
  name: 'score',
  summary: 'score every agent of a simulated world (or of your own follow graph) with chosen scorers; write scores.csv',
  positionals: [{ name: 'scenario', description: 'scenario id (see goodhart scenarios); omit with --graph', optional: true }],
  options: {
    seed: SIM_OPTIONS.seed,
    agents: { kind: 'text', placeholder: 'N', description: `base population, 1-${MAX_AGENTS} in decimal digits (default: the scenario's)` },
    ticks: { kind: 'text', placeholder: 'T', description: `ticks to simulate, 1-${MAX_TICKS} in decimal digits (default: the scenario's)` },
    set: SIM_OPTIONS.set,
    config: SIM_OPTIONS.config,
    scorers: scorersOption("the scenario's"),
    scorer: SCORER_ALIAS_OPTION,
    graph: {
      kind: 'text',
      placeholder: 'edges.csv',
      description: 'score your own follow graph instead: edge list follower,followee (.csv/.tsv/.txt), .gexf or .graphml',
    },
    comment: COMMENT_OPTION,
    trusted: {
      kind: 'text',
      placeholder: 'labels',
      description: 'with --graph: comma-separated node labels used as trusted seeds (TrustRank, SybilRank)',
    },
    out: {
      kind: 'text',
      placeholder: 'DIR',
      description: `output directory (default: results/<scenario>/scores-seed-<S>/ or results/graph-<file>/); ${OUT_RULES}`,
    },
    force: FORCE_OPTION,
    quiet: { kind: 'bool', description: 'no summary table: print only the line naming the file written', default: false, short: 'q' },
    threads: SIM_OPTIONS.threads,
    'time-limit': {
      kind: 'number',
      description:
        'seconds each scorer may take; with a limit, scorers run in a worker thread that is stopped when it runs out; 0: no limit, scorers run in this thread',
      default: 0,
      min: 0,
      max: 86400,
    },
  },
  examples: [
    'goodhart score attention-vs-influence --seed 1 --scorers follower-count,klout-like,pagerank',
    "goodhart score baseline --scorers 'formula:10*log10(1 + followers) + 5*amplification'",
    'goodhart score attention-vs-influence --scorers pagerank,./my-scorer.ts',
    'goodhart score baseline --set roles.gamer=0.05 --set influence.beta=0.3 --scorers pagerank',
    'goodhart score --config experiment.json --scorers klout-like,pagerank',
    'goodhart score --graph edges.csv --scorers pagerank,hits,coreness --out results/my-graph',
    'goodhart score --graph edges.csv --scorers pagerank --out results/my-graph --force   (replace it)',
  ],
  async run(args: ParsedArgs): Promise<number> {
    const graph = args.options.graph as string | undefined;
    if (graph !== undefined) {
      if (args.positionals[0] !== undefined)
        throw new ParameterError('<scenario>', args.positionals[0], 'either a scenario or --graph, not both');
      if (optionTyped(args, 'seed', 's'))
        throw new ParameterError('--seed', args.options.seed, 'no value with --graph (nothing is simulated)');
      for (const o of ['agents', 'ticks', 'threads', 'set', 'config'] as const)
        if (args.options[o] !== undefined)
          throw new ParameterError(`--${o}`, args.options[o], 'no value with --graph (nothing is simulated)');
    } else if (args.positionals[0] === undefined && configFileFromArgs(args)?.scenario === undefined)
      throw new ParameterError(
        '<scenario>',
        undefined,
        'a scenario id (or a --config file naming one), or --graph <file> to score your own follow graph',
      );
    else if (args.options.comment !== undefined) commentFromArgs(args);
    else if (args.options.trusted !== undefined)
      throw new ParameterError('--trusted', args.options.trusted, 'only with --graph (simulated worlds use verified accounts)');
    // the scenario: the positional, else the --config file's (the two must agree); its settings checked before any work
    if (graph === undefined) refuseDynamics(args);
    const world = graph === undefined ? runConfigFromArgs(args, seedFromArgs(args)) : undefined;
    const scenario = world?.scenario.id;
    // 1. scorers first: a bad id, formula or file fails before any simulation.
    let specs = args.options.scorers as string | undefined;
    if (specs === undefined && scenario !== undefined) {
      const { getScenario } = await import('../../scenarios/registry.js');
      specs = getScenario(scenario).scorers.join(',');
    }
    const items = await resolveScorerList([specs, args.options.scorer as string | undefined]);
    const scorers = items.map((x) => x.scorer);
    const limit = Number(args.options['time-limit'] ?? 0);
    if (scorers.length === 0) throw new ParameterError('--scorers', specs ?? '', 'at least one scorer id, formula:<expr> or scorer file');
    // 2. the output folder, before any simulation.
    let defaultDir: string;
    if (graph !== undefined) defaultDir = join('results', `graph-${basename(graph, extname(graph))}`);
    else {
      defaultDir = join('results', scenario!, `scores-seed-${world!.config.seed}`);
    }
    const out = outTarget(args.options, 'score', defaultDir);
    checkOutDir(out);
    // 3. the world, 4. scores, 5. files.
    const target = graph !== undefined ? graphTarget(args, graph) : await scenarioTarget(args, world!);
    const scores = limit > 0 ? await scoreInWorker(items, target, limit) : await scoreHere(scorers, target);
    const path = writeOutputs(out, target, scorers, scores);
    for (const s of scorers) s.sink.closed = true; // a failure after this point is reported with exit code 3
    if (args.options.quiet !== true) for (const line of scoreSummaryLines(scorers, scores, target.labels)) console.log(line);
    console.error(`wrote ${path} (${target.obs.n} agents x ${scorers.length} scorer${scorers.length > 1 ? 's' : ''})`);
    return 0;
  },
};
