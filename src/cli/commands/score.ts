/**
 * `goodhart score`: score every agent with a list of scorers and write `scores.csv`
 * (tidy rows: agent, scorer, score, rank) plus `scores.meta.json` (seed, parameters, version).
 *
 *   scorer specs ─▶ resolve (registry / formula / --scorer files)      ← all checked first
 *   <scenario> --seed ─▶ simulate ─▶ final Observation   |   --graph file ─▶ follow graph, no activity
 *        ─▶ each scorer (length and finiteness checked) ─▶ ranks ─▶ temp files ─▶ rename
 *
 * Nothing is written unless every step succeeded. Rank 1 = highest score; tied agents share the
 * lowest rank of their group (competition ranking: 1, 2, 2, 4).
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ParameterError } from '../../errors.js';
import { assertWritableTarget } from '../../io/atomic-dir.js';
import { readGraphFile } from '../../graph/io/read-graph.js';
import { checkedOutput, loadUserScorer, resolveScorer, splitScorerList } from '../../metrics/load-user-scorer.js';
import type { Scorer, ScorerContext } from '../../metrics/scorer.js';
import type { Observation } from '../../model/observation.js';
import { buildObservation } from '../../model/observe.js';
import { parseDecimalInt } from '../../params.js';
import { MAX_AGENTS, MAX_TICKS } from '../../engine/config.js';
import { MAX_SEED } from '../../rng.js';
import { VERSION } from '../../version.js';
import { competitionRanks } from '../../stats/ranks.js';
import { csvField } from '../../io/csv.js';
import type { Command, ParsedArgs } from '../args.js';
import { SIM_OPTIONS, reproduceCommand, threadsFromArgs } from '../sim-options.js';

/** Resolve `--scorers` specs and `--scorer` files into checked scorers (no duplicate ids). */
export async function resolveScorerArgs(specs: string | undefined, files: string | undefined): Promise<Scorer[]> {
  const out: Scorer[] = [];
  for (const spec of splitScorerList(specs ?? '')) out.push(checkedOutput(resolveScorer(spec), spec));
  for (const file of splitScorerList(files ?? '')) out.push(await loadUserScorer(file));
  const seen = new Set<string>();
  for (const s of out) {
    if (seen.has(s.id)) throw new ParameterError('--scorers', s.id, 'each scorer once');
    seen.add(s.id);
  }
  return out;
}

/** What gets scored: an Observation, the agent labels, and metadata for scores.meta.json. */
interface Target {
  obs: Observation;
  labels: readonly string[] | null;
  ctx: ScorerContext | undefined;
  outDir: string;
  meta: Record<string, unknown>;
  argv: readonly string[];
}

/** An optional decimal integer option in [min, max], or undefined when absent. */
function intOption(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const raw = args.options[name];
  if (raw === undefined) return undefined;
  return parseDecimalInt(`--${name}`, raw, min, max);
}

async function scenarioTarget(args: ParsedArgs, scenarioId: string): Promise<Target> {
  if (args.options.seed === undefined) throw new ParameterError('--seed', undefined, 'a non-negative integer (every simulated run is seeded)');
  const seed = intOption(args, 'seed', 0, MAX_SEED)!;
  const agents = intOption(args, 'agents', 1, MAX_AGENTS);
  const ticks = intOption(args, 'ticks', 1, MAX_TICKS);
  const { getScenario } = await import('../../scenarios/registry.js');
  const { resolveRunConfig } = await import('../../engine/config.js');
  const { simulate } = await import('../../engine/simulate.js');
  const scenario = getScenario(scenarioId);
  const config = resolveRunConfig(scenario, {
    seed,
    ...(agents !== undefined ? { agents } : {}),
    ...(ticks !== undefined ? { ticks } : {}),
  });
  const threads = threadsFromArgs(args);
  const result = simulate(config, threads !== undefined ? { threads } : {});
  return {
    obs: result.final.observation,
    labels: result.labels ?? null,
    ctx: undefined,
    outDir: (args.options.out as string | undefined) ?? join('results', scenario.id, `seed-${seed}`),
    meta: { scenario: scenario.id, seed, config },
    argv: args.argv,
  };
}

function graphTarget(args: ParsedArgs, file: string): Target {
  const loaded = readGraphFile(file);
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
  const name = basename(file, extname(file));
  return {
    obs,
    labels: loaded.labels,
    ctx,
    outDir: (args.options.out as string | undefined) ?? join('results', `graph-${name}`),
    meta: { graph: file, nodes: loaded.graph.n, edges: loaded.graph.m, dropped: { selfLoops: loaded.stats.selfLoops, duplicates: loaded.stats.duplicates }, ...(trusted ? { trusted } : {}) },
    argv: args.argv,
  };
}

/** Write rows to `<dir>/scores.csv` and meta to `<dir>/scores.meta.json`: temp files, then rename. */
function writeOutputs(dir: string, target: Target, scorers: readonly Scorer[], scores: readonly Float64Array[]): string {
  mkdirSync(dir, { recursive: true });
  const csvPath = join(dir, 'scores.csv');
  const metaPath = join(dir, 'scores.meta.json');
  const tmpCsv = `${csvPath}.tmp-${process.pid}`;
  const tmpMeta = `${metaPath}.tmp-${process.pid}`;
  try {
    const fd = openSync(tmpCsv, 'w');
    try {
      writeSync(fd, 'agent,scorer,score,rank\n');
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
            writeSync(fd, buf);
            buf = '';
          }
        }
        writeSync(fd, buf);
      });
    } finally {
      closeSync(fd);
    }
    const meta = { version: VERSION, command: reproduceCommand('score', target), ...target.meta, agents: target.obs.n, tick: target.obs.tick, scorers: scorers.map((s) => ({ id: s.id, family: s.family, version: s.version, source: s.source })), ranks: 'competition ranking: 1 = highest, ties share the lowest rank of their group' };
    const metaFd = openSync(tmpMeta, 'w');
    writeSync(metaFd, `${JSON.stringify(meta, null, 2)}\n`);
    closeSync(metaFd);
    renameSync(tmpCsv, csvPath);
    renameSync(tmpMeta, metaPath);
  } catch (e) {
    rmSync(tmpCsv, { force: true });
    rmSync(tmpMeta, { force: true });
    throw e;
  }
  return csvPath;
}

export const scoreCommand: Command = {
  name: 'score',
  summary: 'score every agent of a simulated world (or of your own follow graph) with chosen scorers; writes scores.csv',
  positionals: [{ name: 'scenario', description: 'scenario id (see goodhart scenarios); omit with --graph', optional: true }],
  options: {
    seed: { kind: 'text', placeholder: 'S', description: `random seed of the simulated run, 0-${MAX_SEED} in decimal digits (required with a scenario)` },
    agents: { kind: 'text', placeholder: 'N', description: `base population, 1-${MAX_AGENTS} in decimal digits (default: the scenario's)` },
    ticks: { kind: 'text', placeholder: 'T', description: `ticks to simulate, 1-${MAX_TICKS} in decimal digits (default: the scenario's)` },
    scorers: { kind: 'text', placeholder: 'a,b,c', description: 'scorer ids (goodhart scorers) or formula:<expr>, comma-separated (default: the scenario\'s)' },
    scorer: { kind: 'text', placeholder: 'file.ts', description: 'your own scorer module(s), comma-separated' },
    graph: { kind: 'text', placeholder: 'edges.csv', description: 'score your own follow graph instead: edge list follower,followee (.csv/.tsv/.txt), .gexf or .graphml' },
    trusted: { kind: 'text', placeholder: 'labels', description: 'with --graph: comma-separated node labels used as trusted seeds (TrustRank, SybilRank)' },
    out: { kind: 'text', placeholder: 'DIR', description: 'output directory (default: results/<scenario>/seed-<S>/ or results/graph-<file>/)' },
    threads: SIM_OPTIONS.threads,
  },
  examples: [
    'goodhart score attention-vs-influence --seed 1 --scorers follower-count,klout-like,klout-like@v2,pagerank',
    "goodhart score attention-vs-influence --seed 1 --scorers 'formula:10*log10(1 + followers) + 5*amplification'",
    'goodhart score attention-vs-influence --seed 1 --scorer ./my-scorer.ts',
    'goodhart score --graph edges.csv --scorers pagerank,hits,coreness --out results/my-graph',
  ],
  async run(args: ParsedArgs): Promise<number> {
    const scenario = args.positionals[0];
    const graph = args.options.graph as string | undefined;
    if (scenario !== undefined && graph !== undefined) throw new ParameterError('<scenario>', scenario, 'either a scenario or --graph, not both');
    if (scenario === undefined && graph === undefined) throw new ParameterError('<scenario>', undefined, 'a scenario id, or --graph <file> to score your own follow graph');
    if (graph !== undefined) {
      for (const o of ['seed', 'agents', 'ticks', 'threads'] as const) if (args.options[o] !== undefined) throw new ParameterError(`--${o}`, args.options[o], 'no value with --graph (nothing is simulated)');
    } else if (args.options.trusted !== undefined) throw new ParameterError('--trusted', args.options.trusted, 'only with --graph (simulated worlds use verified accounts)');
    // 1. scorers first: a bad id, formula or file fails before any simulation.
    let specs = args.options.scorers as string | undefined;
    if (specs === undefined && scenario !== undefined) {
      const { getScenario } = await import('../../scenarios/registry.js');
      specs = getScenario(scenario).scorers.join(',');
    }
    const scorers = await resolveScorerArgs(specs, args.options.scorer as string | undefined);
    if (scorers.length === 0) throw new ParameterError('--scorers', specs ?? '', 'at least one scorer id, formula:<expr> or --scorer file');
    const out = args.options.out as string | undefined;
    if (out !== undefined) assertWritableTarget(out);
    // 2. the world, 3. scores, 4. files.
    const target = graph !== undefined ? graphTarget(args, graph) : await scenarioTarget(args, scenario!);
    const scores = scorers.map((s) => s.score(target.obs, target.ctx));
    const path = writeOutputs(target.outDir, target, scorers, scores);
    console.error(`wrote ${path} (${target.obs.n} agents x ${scorers.length} scorer${scorers.length > 1 ? 's' : ''})`);
    return 0;
  },
};
