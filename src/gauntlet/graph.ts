/**
 * The gauntlet on a platform's own topology (`goodhart gauntlet --graph edges.csv`): every world
 * of the suite is replaced by the user's follow graph (the `from-file` generator, src/graph), so
 * their real accounts are the honest population; each attack picks its targets among them and is
 * injected with the suite's budgets per 1,000 real accounts (only suites with budgets per 1,000,
 * e.g. v2, can run here: an absolute budget sized for a 1,000-person world would mean another
 * weight on every other graph). Ticks, seeds, roles and everything else stay those of the suite's
 * first world.
 *
 * Truth there is the model's: the file gives who follows whom, not who moves whom, so the hidden
 * layer (interests, appeal, susceptibility, the hidden weight of each tie) is drawn by the model
 * over that topology, and true influence is the IC model over that hidden layer. {@link GRAPH_TRUTH_NOTE}
 * says so in gauntlet.json and in every report.
 */
import { resolve } from 'node:path';
import { ParameterError } from '../errors.js';
import { fileSha256, loadGraphFile } from '../graph/generators/from-file.js';
import type { Suite } from './suite.js';

/** A user's graph file for the gauntlet: its path and, for edge lists, the comment character ('' or absent: none). */
export interface GauntletGraph {
  readonly path: string;
  readonly comment?: string | undefined;
}

/** What gauntlet.json records of the graph a run used. */
export interface GauntletGraphInfo {
  /** The path as given. */
  readonly path: string;
  /** SHA-256 of the file's bytes (64 hex digits): a baseline is compared only with a run on the same file. */
  readonly sha256: string;
  /** Accounts in the file (the honest population before attacks). */
  readonly accounts: number;
  /** Follows read from the file. */
  readonly follows: number;
}

/** The sentence every gauntlet output carries when the worlds are the user's graph. */
export const GRAPH_TRUTH_NOTE =
  "Truth here is the model's hidden layer over your topology: your file gives who follows whom, not who " +
  'moves whom, so the hidden layer (interests, appeal, the hidden weight of each tie) is drawn by the model ' +
  'and true influence is the IC model over it — not measured influence on your platform.';

/**
 * The suite with every world replaced by the graph in `g` (read once per thread and kept). Throws
 * ParameterError (`--graph`) when the suite's budgets are absolute, InputFormatError when the file
 * cannot be read as a graph.
 */
export function suiteOnGraph(suite: Suite, g: GauntletGraph): Suite {
  if (!suite.budgetsPer1000)
    throw new ParameterError(
      '--graph',
      g.path,
      `a suite with budgets per 1,000 accounts (e.g. --suite v2); suite ${suite.id} has absolute budgets for its own worlds`,
    );
  const path = resolve(g.path);
  const n = loadGraphFile(path, g.comment ?? '').graph.n;
  // One world: a suite's several worlds would all become this graph and count its cells twice.
  const w = suite.worlds[0]!;
  return {
    ...suite,
    worlds: [
      {
        id: `your-graph-${n}`,
        scenario: w.scenario,
        agents: n,
        ticks: w.ticks,
        ...(w.roles ? { roles: w.roles } : {}),
        generator: 'from-file',
        generatorParams: { path, comment: g.comment ?? '' },
      },
    ],
  };
}

/** Path, SHA-256 and size of the graph in `g`, for gauntlet.json. */
export function graphInfo(g: GauntletGraph): GauntletGraphInfo {
  const { graph } = loadGraphFile(resolve(g.path), g.comment ?? '');
  return { path: g.path, sha256: fileSha256(resolve(g.path)), accounts: graph.n, follows: graph.m };
}
