/**
 * Options shared by every command that simulates a scenario (run, truth, score, ...), and the
 * one function that turns them into a RunConfig, so all commands accept and check them alike.
 */
import { optionTyped, type OptionSpecs, type ParsedArgs } from './args.js';
import { getScenario, DEFAULT_SCENARIO, SCENARIOS } from '../scenarios/registry.js';
import { resolveRunConfig, type RunConfig } from '../engine/config.js';
import type { Scenario } from '../scenarios/scenario.js';
import { ParameterError } from '../errors.js';
import { RIS_CHUNKS } from '../truth/ris-chunks.js';
import { FORCE_OPTION, OUT_RULES } from '../pipeline/out-dir.js';
import { checkCommentChar, readNotes } from '../graph/io/index.js';
import { loadGraphFile } from '../graph/generators/from-file.js';
import { MAX_AGENTS, MAX_TICKS } from '../engine/config.js';
import { MAX_SEED } from '../rng.js';
import { parseDecimalInt } from '../params.js';
import { applySettings, parseSetItems, type Settings } from '../engine/settings.js';
import { getPreset, PRESETS } from '../engine/presets.js';
import { readConfigFile, type ConfigFile } from './config-file.js';

/** Most threads `--threads` accepts: the truth sampler's chunk count (the cascades take up to 16). */
export const MAX_THREADS = RIS_CHUNKS;

/** `--comment C`: with --graph, the edge list's comment character (default none: every line is data). */
export const COMMENT_OPTION = {
  kind: 'text',
  description:
    'with --graph: an edge-list line whose first non-blank character is C is a comment (skipped and counted); default: none, every line is an edge',
  placeholder: 'C',
} as const;

/**
 * --seed, --agents, --ticks, --graph, --comment, --generator, --out, --force, --quiet, --threads,
 * --set, --preset, --config.
 * Every integer is decimal digits only (no `0x10`, `1e1`, `1_000`, `+5`, `05`); sizes are checked
 * against their upper bounds (MAX_AGENTS, MAX_TICKS, MAX_THREADS) before anything is allocated.
 */
export const SIM_OPTIONS = {
  seed: { kind: 'int', description: 'root seed of every random stream, decimal', default: 1, min: 0, max: MAX_SEED, short: 's' },
  agents: {
    kind: 'text',
    description: `number of people in the base population, 1-${MAX_AGENTS} in decimal digits (default: the scenario's)`,
    placeholder: 'N',
  },
  ticks: {
    kind: 'text',
    description: `number of ticks to simulate, 1-${MAX_TICKS} in decimal digits (default: the scenario's)`,
    placeholder: 'T',
  },
  graph: {
    kind: 'text',
    description: "use your own follow graph (edge-list CSV follower,followee; .gexf; .graphml) as the world's topology",
    placeholder: 'FILE',
  },
  comment: COMMENT_OPTION,
  generator: {
    kind: 'text',
    description:
      "graph generator id (community-pa, erdos-renyi, clusters, caveman, connected-caveman, karate-club, florentine-families; default: the scenario's)",
    placeholder: 'ID',
  },
  out: { kind: 'text', description: `output directory (default: results/<scenario>/seed-<S>); ${OUT_RULES}`, placeholder: 'DIR' },
  force: FORCE_OPTION,
  quiet: { kind: 'bool', description: 'no progress bar', default: false, short: 'q' },
  threads: {
    kind: 'text',
    description: `threads for cascades and truth, 1-${MAX_THREADS} in decimal digits (default: the cores, at most 8, for worlds of 100,000+ accounts, else 1); every output file is the same for any value`,
    placeholder: 'N',
  },
  set: {
    kind: 'text',
    multiple: true,
    description:
      'set any model parameter by name, e.g. --set influence.audienceTie=0.2 (repeatable; goodhart params lists the names, defaults, ranges and sources); wins over --config and the scenario',
    placeholder: 'NAME=VALUE',
  },
  preset: {
    kind: 'text',
    description: `a named set of parameter values under --config and --set (${PRESETS.map((p) => p.id).join(', ')}; docs/model.md)`,
    placeholder: 'NAME',
  },
  config: {
    kind: 'text',
    description:
      'a JSON or YAML file (.yaml, .yml) of parameter names → values, optionally with "scenario" and "seed"; or a run\'s manifest.json, which reproduces that run',
    placeholder: 'FILE',
  },
} as const satisfies OptionSpecs;

const configFiles = new WeakMap<ParsedArgs, ConfigFile | null>();

/** The `--config` file of this invocation (read once), or undefined. */
export function configFileFromArgs(args: ParsedArgs): ConfigFile | undefined {
  if (!configFiles.has(args)) configFiles.set(args, args.options.config === undefined ? null : readConfigFile(String(args.options.config)));
  return configFiles.get(args) ?? undefined;
}

/** The seed: `--seed` when typed, else the config file's, else the default. */
export function seedFromArgs(args: ParsedArgs): number {
  if (optionTyped(args, 'seed', 's')) return args.options.seed as number;
  return configFileFromArgs(args)?.seed ?? (args.options.seed as number);
}

/** The scenario: the positional argument, else the config file's, else the default; the two must agree when both are given. */
export function scenarioFromArgs(args: ParsedArgs): Scenario {
  const file = configFileFromArgs(args);
  const positional = args.positionals[0];
  if (positional !== undefined && file?.scenario !== undefined && file.scenario !== positional)
    throw new ParameterError('<scenario>', positional, `the scenario of ${file.path} (${file.scenario}), or leave one of them out`);
  return getScenario(positional ?? file?.scenario ?? DEFAULT_SCENARIO);
}

/**
 * The settings of `--preset` under `--config` (as `file`), and of every `--set`, without checking
 * them; empty when none is given.
 */
export function settingsFromArgs(args: ParsedArgs): { readonly file: Settings; readonly set: Settings } {
  const preset = args.options.preset === undefined ? {} : getPreset(String(args.options.preset)).settings;
  return {
    file: { ...preset, ...(configFileFromArgs(args)?.settings ?? {}) },
    set: parseSetItems((args.options.set as readonly string[] | undefined) ?? []),
  };
}

/**
 * Split settings into `dynamics.*` (prefix removed; for a scenario that is its own experiment, such
 * as goodhart-decay) and the rest; a `dynamics.*` name for any other scenario is a ParameterError.
 */
export function splitDynamics(scenario: Scenario, s: Settings): { readonly world: Settings; readonly dynamics: Settings } {
  const world: Record<string, unknown> = {};
  const dynamics: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (!k.startsWith('dynamics.')) world[k] = v;
    else if (scenario.experiment) dynamics[k.slice('dynamics.'.length)] = v;
    else throw new ParameterError('parameter', k, `a parameter of ${scenario.id} (dynamics.* applies to goodhart-decay only)`);
  }
  return { world, dynamics };
}

/** `--threads` as a number, or undefined for the default. Execution only: it never changes a byte of output. */
export function threadsFromArgs(args: ParsedArgs): number | undefined {
  const raw = args.options.threads;
  if (raw === undefined) return undefined;
  return parseDecimalInt('--threads', raw, 1, MAX_THREADS);
}

/** The scenario positional argument. */
export const SCENARIO_POSITIONAL = {
  name: 'scenario',
  description: `a scenario id (goodhart scenarios lists them): ${SCENARIOS.map((s) => s.id).join(', ')}`,
  optional: true,
} as const;

/** An optional size option: a decimal integer from 1 to `max`, or undefined when absent. */
export function sizeOption(field: string, raw: unknown, max: number): number | undefined {
  return raw === undefined ? undefined : parseDecimalInt(field, raw, 1, max);
}

/**
 * Resolve the scenario and RunConfig from parsed args (scenario: positional, else the config file's,
 * else the default). Precedence: `--set` over the shorthands (`--agents`, `--ticks`, `--generator`,
 * `--graph`) over `--config` over `--preset` over the scenario; a shorthand and a `--set` of the same name is an error.
 */
export function runConfigFromArgs(args: ParsedArgs, seed = seedFromArgs(args)): { scenario: Scenario; config: RunConfig } {
  const scenario = scenarioFromArgs(args);
  const raw = settingsFromArgs(args);
  const file = splitDynamics(scenario, raw.file).world;
  const set = splitDynamics(scenario, raw.set).world;
  const shorthand = { 'world.agents': 'agents', 'world.ticks': 'ticks', 'world.generator': 'generator' } as const;
  for (const [name, opt] of Object.entries(shorthand))
    if (Object.hasOwn(set, name) && (args.options[opt] !== undefined || (opt === 'generator' && args.options.graph !== undefined)))
      throw new ParameterError(
        `--set ${name}`,
        set[name],
        `nothing when --${args.options[opt] !== undefined ? opt : 'graph'} is given (use one or the other)`,
      );
  const agents = sizeOption('--agents', args.options.agents, MAX_AGENTS);
  const ticks = sizeOption('--ticks', args.options.ticks, MAX_TICKS);
  const graph = args.options.graph as string | undefined;
  const generator = graph !== undefined ? 'from-file' : (args.options.generator as string | undefined);
  if (graph !== undefined && args.options.generator !== undefined && args.options.generator !== 'from-file') {
    throw new ParameterError('--generator', args.options.generator, 'nothing when --graph is given (the file is the topology)');
  }
  const fromFile = applySettings({ seed }, file);
  const config = resolveRunConfig(
    scenario,
    applySettings(
      {
        ...fromFile,
        ...(agents !== undefined ? { agents } : {}),
        ...(ticks !== undefined ? { ticks } : {}),
        ...(generator !== undefined ? { generator } : {}),
        ...(graph !== undefined
          ? { generatorParams: { path: graph, ...(args.options.comment !== undefined ? { comment: commentFromArgs(args) } : {}) } }
          : {}),
      },
      set,
    ),
  );
  return { scenario, config };
}

/** `--comment` checked (one character, and only with --graph), or undefined when absent. */
export function commentFromArgs(args: ParsedArgs): string | undefined {
  const raw = args.options.comment;
  if (raw === undefined) return undefined;
  if (args.options.graph === undefined)
    throw new ParameterError('--comment', raw, 'only with --graph (the comment character of an edge-list file)');
  return checkCommentChar(String(raw));
}

/**
 * With --graph: print on stderr, once, how the file was read (header taken, comment lines skipped,
 * comment-like labels, weights ignored, follows dropped). Reads the file (kept for the run).
 */
export function printGraphNotes(args: ParsedArgs): void {
  const graph = args.options.graph as string | undefined;
  if (graph === undefined) return;
  for (const line of readNotes(graph, loadGraphFile(graph, commentFromArgs(args) ?? ''))) console.error(line);
}

/** Options that change where or how fast files are made, never a byte of them: `--out`, `--threads` (take a value), `--quiet`, `--force`. */
const EXECUTION_ONLY = { withValue: ['--out', '--threads'], flags: ['--quiet', '-q', '--force'] } as const;

/**
 * The command line that reproduces this invocation, without the execution-only options (where
 * the results go, how many threads, whether a bar is drawn): the same run recorded from two
 * directories or two machines writes the same command, so its files stay byte-identical.
 */
export function reproduceCommand(cmd: string, args: Pick<ParsedArgs, 'argv'>): string {
  const argv: string[] = [];
  for (let i = 0; i < args.argv.length; i++) {
    const a = args.argv[i]!;
    if ((EXECUTION_ONLY.withValue as readonly string[]).includes(a)) {
      i++;
      continue;
    }
    if ((EXECUTION_ONLY.flags as readonly string[]).includes(a) || EXECUTION_ONLY.withValue.some((o) => a.startsWith(`${o}=`))) continue;
    argv.push(a);
  }
  return ['goodhart', cmd, ...argv.map(shellQuote)].join(' ');
}

/** One argument as a POSIX shell would need it: bare when safe, else single-quoted. */
export function shellQuote(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}
