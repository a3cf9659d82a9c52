/**
 * `goodhart gauntlet`: put a scorer through a versioned suite of gaming attacks, write
 * gauntlet.json + gauntlet.html (+ gauntlet.junit.xml, gauntlet.md with --format), and with
 * --baseline fail (exit 1) on any regression. `--graph`: the suite's world is the user's topology.
 * `--leaderboard`: every built-in scorer through the suite ─▶ leaderboard.json + leaderboard.html.
 * `--list-suites`: what each suite holds and what changed between versions.
 *
 *   --suite ─▶ suite   --scorers ─▶ ref (checked in this thread first)   --baseline ─▶ checked
 *        ─▶ runGauntlet (worker pool, time limit per cell) ─▶ files (temp dir, rename)
 *        ─▶ compare with the baseline ─▶ exit 0 (holds) / 1 (regression) / 2 (bad input) / 3 (the scorer
 *           failed in a cell, or crashed while loading)
 */
import { ParameterError } from '../../errors.js';
import { FORCE_OPTION, OUT_RULES, checkOutDir, outTarget, writeResult } from '../../pipeline/out-dir.js';
import { SCORERS } from '../../metrics/registry.js';
import { checkBaselineGraph, compareWithBaseline, formatRegression, readBaseline, type Regression } from '../../gauntlet/baseline.js';
import { graphInfo, suiteOnGraph, type GauntletGraph } from '../../gauntlet/graph.js';
import { gauntletJunit } from '../../gauntlet/junit.js';
import { gauntletMarkdown, leaderboardMarkdown } from '../../gauntlet/markdown.js';
import { breakdownText, gauntletHtml, leaderboardHtml, leaderboardLines, leaderboardRows } from '../../gauntlet/report.js';
import { runGauntlet, type GauntletScorer } from '../../gauntlet/run.js';
import { describeSuites } from '../../gauntlet/suites/describe.js';
import { DEFAULT_SUITE, getSuite, SUITES } from '../../gauntlet/suites/registry.js';
import { COMMENT_OPTION, commentFromArgs, printGraphNotes } from '../sim-options.js';
import { DEFAULT_COMMAND_LIMITS, type CommandLimits } from '../../metrics/command-scorer.js';
import { SCORER_FORMATS, type ScorerFormat } from '../../metrics/external/observation-files.js';
import { adaptiveGapLines } from '../../gauntlet/adaptive-gap.js';
import { progress } from '../progress.js';
import type { Command, ParsedArgs } from '../args.js';
import { resolveScorerList, SCORER_ALIAS_OPTION, scorersOption, type ResolvedScorer } from '../scorer-args.js';
import { join } from 'node:path';

/** A scorer id as a folder name: letters, digits and @ . _ - kept, anything else `_`. */
const folderName = (id: string) => id.replace(/[^a-z0-9@._-]/gi, '_');

/**
 * The scorers a gauntlet runs: the one named by --scorers, or with --leaderboard every built-in
 * scorer followed by the named ones (ids, formulas, files; a named built-in is not run twice).
 */
export function gauntletScorers(board: boolean, named: readonly ResolvedScorer[]): GauntletScorer[] {
  const extra: GauntletScorer[] = named.map(({ scorer, ref }) => ({ ref, info: scorer }));
  if (!board) return extra;
  const builtIn = SCORERS.filter((s) => !extra.some((x) => x.info.id === s.id)).map(
    (s): GauntletScorer => ({ ref: { kind: 'registered', spec: s.id }, info: s }),
  );
  return [...builtIn, ...extra];
}

/** The extra formats `--format` may name (json and html are always written). */
const FORMATS = ['json', 'html', 'junit', 'markdown'] as const;

/** `--format` (repeatable, each a comma-separated list) ─▶ the set of formats; ParameterError on an unknown one. */
export function parseFormats(raw: readonly string[] | undefined): Set<(typeof FORMATS)[number]> {
  const out = new Set<(typeof FORMATS)[number]>();
  for (const item of raw ?? [])
    for (const f of item.split(',').map((x) => x.trim())) {
      if (!(FORMATS as readonly string[]).includes(f))
        throw new ParameterError('--format', f, `one or more of ${FORMATS.join(', ')} (a list, or --format repeated)`);
      out.add(f as (typeof FORMATS)[number]);
    }
  return out;
}

export const gauntletCommand: Command = {
  name: 'gauntlet',
  summary: 'regression-test a scorer against a versioned suite of gaming attacks',
  options: {
    scorers: scorersOption('none: name one scorer, or use --leaderboard (with --leaderboard: added to the built-ins)'),
    scorer: SCORER_ALIAS_OPTION,
    suite: { kind: 'text', description: 'suite id (v1, v2, smoke, smoke2; see --list-suites)', default: DEFAULT_SUITE, placeholder: 'ID' },
    'list-suites': { kind: 'bool', description: 'describe every suite and what changed between versions, then exit', default: false },
    format: {
      kind: 'text',
      multiple: true,
      description: 'more files beside gauntlet.json/html: junit (gauntlet.junit.xml), markdown (gauntlet.md); a list or repeated',
      placeholder: 'LIST',
    },
    graph: {
      kind: 'text',
      description: "build the suite's world on your follow graph (edge-list CSV, .gexf, .graphml); needs budgets per 1,000 (v2)",
      placeholder: 'FILE',
    },
    comment: COMMENT_OPTION,
    baseline: {
      kind: 'text',
      description: "a saved gauntlet.json to compare with: exit 1 when any measure is worse beyond the suite's tolerance",
      placeholder: 'FILE',
    },
    leaderboard: {
      kind: 'bool',
      description: 'run every built-in scorer (and those of --scorers) and write leaderboard.html + leaderboard.json',
      default: false,
    },
    out: {
      kind: 'text',
      description: `output directory (default: results/gauntlet/<suite>-<scorer> or results/gauntlet/<suite>-leaderboard); ${OUT_RULES}`,
      placeholder: 'DIR',
    },
    force: FORCE_OPTION,
    concurrency: { kind: 'int', description: 'worker threads', default: 2, min: 1, max: 64 },
    'time-limit': {
      kind: 'number',
      description: "seconds per cell before the scorer counts as stuck; 0: the suite's own limit",
      default: 0,
      min: 0,
      max: 86400,
    },
    'scorer-timeout': {
      kind: 'number',
      description: 'seconds each run of a cmd: scorer may take (its process group is then stopped)',
      default: DEFAULT_COMMAND_LIMITS.timeoutSeconds,
      min: 0.1,
      max: 86400,
    },
    'scorer-memory': {
      kind: 'int',
      description: 'virtual-memory limit of a cmd: scorer in MB (ulimit -v); 0: none',
      default: DEFAULT_COMMAND_LIMITS.memoryMb,
      min: 0,
      max: 1048576,
    },
    'scorer-persistent': {
      kind: 'bool',
      description: 'start a cmd: scorer once per thread; it reads one observation folder per line',
      default: false,
    },
    'scorer-format': {
      kind: 'enum',
      description: 'tables a cmd: scorer gets: csv (protocol 1), parquet, or both',
      choices: [...SCORER_FORMATS],
      default: 'csv',
    },
    quiet: { kind: 'bool', description: 'no progress bar', default: false, short: 'q' },
  },
  examples: [
    'goodhart gauntlet --scorers pagerank                 (writes results/gauntlet/v1-pagerank)',
    'goodhart gauntlet --scorers ./my-scorer.ts --baseline results/gauntlet/v1-mine/gauntlet.json',
    'goodhart gauntlet --leaderboard --suite smoke --scorers ./my-scorer.ts',
    'goodhart gauntlet --scorers ./my-scorer.ts --suite v2 --graph edges.csv --format junit,markdown',
    'goodhart gauntlet --list-suites',
    'goodhart gauntlet --suite smoke --scorers cmd:"python3 examples/scorers/pagerank_networkx.py"',
  ],
  async run(args: ParsedArgs): Promise<number> {
    const o = args.options;
    if (o['list-suites'] === true) {
      for (const line of describeSuites(SUITES)) console.log(line);
      return 0;
    }
    // 1. Check every input before any work.
    const suite = getSuite(String(o.suite));
    const board = o.leaderboard === true;
    const formats = parseFormats(o.format as readonly string[] | undefined);
    if (board && formats.has('junit'))
      throw new ParameterError('--format', 'junit', 'json, html or markdown with --leaderboard (a JUnit file is for one scorer)');
    const comment = commentFromArgs(args);
    const graph: GauntletGraph | undefined = o.graph === undefined ? undefined : { path: String(o.graph), comment };
    if (graph) {
      suiteOnGraph(suite, graph); // the suite fits a graph and the file reads, before anything runs
      printGraphNotes(args);
    }
    const limits: CommandLimits = {
      timeoutSeconds: Number(o['scorer-timeout']),
      memoryMb: Number(o['scorer-memory']),
      format: String(o['scorer-format']) as ScorerFormat,
      persistent: o['scorer-persistent'] === true,
    };
    const named = await resolveScorerList([o.scorers as string | undefined, o.scorer as string | undefined], limits);
    if (!board && named.length !== 1)
      throw new ParameterError(
        '--scorers',
        o.scorers ?? o.scorer,
        'one registered scorer id, formula:<expr> or scorer file (or --leaderboard to compare several)',
      );
    if (board && o.baseline) throw new ParameterError('--baseline', o.baseline, 'no baseline with --leaderboard');
    const baseline = o.baseline ? readBaseline(String(o.baseline), suite) : undefined;
    if (baseline) checkBaselineGraph(String(o.baseline), baseline, graph ? graphInfo(graph) : undefined);
    const scorers = gauntletScorers(board, named);
    const target = outTarget(
      o,
      'gauntlet',
      join('results', 'gauntlet', `${suite.id}-${board ? 'leaderboard' : folderName(scorers[0]!.info.id)}`),
    );
    checkOutDir(target);
    // 2. Run.
    const bar = progress(`gauntlet ${suite.id}`, o.quiet === true);
    const limit = Number(o['time-limit']);
    const results = await runGauntlet(suite, scorers, {
      concurrency: Number(o.concurrency),
      ...(limit > 0 ? { timeLimitSeconds: limit } : {}),
      ...(graph ? { graph } : {}),
      onProgress: (d, t) => bar.update(d, t),
    });
    bar.stop();
    const command = `goodhart gauntlet ${args.argv.join(' ')}`;
    // 3. Write.
    if (board) {
      const namedIds = named.map((x) => x.scorer.id);
      const rows = leaderboardRows(results, namedIds);
      const json = { tool: 'goodhart', kind: 'gauntlet-leaderboard', suite: results[0]!.suite, leaderboard: rows, results };
      const files = new Map([
        ['leaderboard.json', `${JSON.stringify(json, null, 2)}\n`],
        ['leaderboard.html', leaderboardHtml(results, command, namedIds)],
      ]);
      if (formats.has('markdown')) files.set('leaderboard.md', leaderboardMarkdown(results, namedIds));
      const written = writeResult(target, files);
      console.log(`leaderboard of ${results.length} scorers on suite ${suite.id}:`);
      for (const line of leaderboardLines(rows)) console.log(`  ${line}`);
      console.log(`wrote ${written}`);
      return 0;
    }
    const r = results[0]!;
    // The comparison comes first: the JUnit and Markdown files carry its outcome.
    const regressions: Regression[] = baseline ? compareWithBaseline(r, baseline, suite) : [];
    const files = new Map([
      ['gauntlet.json', `${JSON.stringify(r, null, 2)}\n`],
      ['gauntlet.html', gauntletHtml(r, command)],
    ]);
    if (formats.has('junit')) files.set('gauntlet.junit.xml', gauntletJunit(r, baseline, regressions));
    if (formats.has('markdown')) files.set('gauntlet.md', gauntletMarkdown(r, baseline, regressions));
    const written = writeResult(target, files);
    console.log(`gauntlet ${suite.id} for ${r.scorer.id}: ${[...files.keys()].join(', ')}`);
    if (r.truth) console.log(`note: ${r.truth}`);
    for (const a of r.attacks) console.log(`  ${a.id.padEnd(18)} breakdown budget: ${breakdownText(a, r.thresholds)}  (${a.costUnit})`);
    if (r.adaptiveGap) {
      console.log("  adaptive attacker vs the best fixed attack at the same budget (targets' rank lift):");
      for (const line of adaptiveGapLines(r.adaptiveGap)) console.log(`    ${line}`);
    }
    console.log(`wrote ${written}`);
    let code = 0;
    if (r.failures.length > 0) {
      console.error(`the scorer failed in ${r.failures.length} cell(s):`);
      for (const f of r.failures.slice(0, 20)) console.error(`  ${f.attack} budget ${f.budget} seed ${f.seed}: ${f.reason}`);
      if (r.failures.length > 20) console.error(`  … and ${r.failures.length - 20} more (gauntlet.json lists them all)`);
      code = 3;
    }
    // 4. Compare.
    if (baseline) {
      if (baseline.scorer.id !== r.scorer.id) console.log(`note: the baseline was made with scorer ${baseline.scorer.id}`);
      if (regressions.length > 0) {
        console.error(
          `REGRESSION: ${regressions.length} measure(s) worse than the baseline beyond tolerance, in attacks ${[...new Set(regressions.map((x) => x.attack))].join(', ')}:`,
        );
        for (const x of regressions) console.error(`  ${formatRegression(x)}`);
        return 1;
      }
      console.log(`holds against the baseline ${o.baseline} (suite ${suite.id} v${suite.version})`);
    }
    return code;
  },
};
