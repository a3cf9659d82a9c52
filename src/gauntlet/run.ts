/**
 * Running a suite:
 *
 *   suite ─▶ cells (world × attack × budget × seed) ─▶ jobs ─▶ worker pool (time limit per job)
 *         ─▶ outcomes per scorer ─▶ summarise ─▶ GauntletResult per scorer
 *
 * One job per cell serves every scorer (one simulation, one truth estimate), except white-box
 * cells, which run one job per scorer. After a scorer times out under an attack, its remaining
 * cells of that attack are skipped (reported as failed) so a stuck scorer costs one time limit
 * per attack, and the rest of the suite still runs.
 */
import { availableParallelism } from 'node:os';
import type { Scorer } from '../metrics/scorer.js';
import { VERSION } from '../version.js';
import { isWhiteBox, suiteCells, type CellSpec, type ScoreOutcome } from './cell.js';
import { InProcessRunner, type JobRunner } from './in-process.js';
import { CellPool } from './pool.js';
import { summarise, type GauntletResult } from './result.js';
import type { ScorerRef } from './scorer-ref.js';
import type { Suite } from './suite.js';
import { GRAPH_TRUTH_NOTE, graphInfo, suiteOnGraph, type GauntletGraph } from './graph.js';

/** Options of {@link runGauntlet}. */
export interface GauntletOptions {
  /** Worker threads (default: available cores, at most 4). */
  concurrency?: number;
  /** Wall-clock limit per cell in seconds (default: the suite's). */
  timeLimitSeconds?: number;
  /**
   * Run cells on the calling thread instead of worker threads: for runtimes where the tsx worker
   * shim does not load, e.g. Deno's Jupyter kernel (the notebooks). Default: true under Deno,
   * false elsewhere. Same results; `concurrency` and the time limit are ignored (a stuck scorer
   * blocks the run).
   */
  inProcess?: boolean;
  /**
   * Build the suite's world on this graph file instead (`--graph`): the user's accounts are the
   * honest population; only suites with budgets per 1,000 accounts (ParameterError otherwise).
   */
  graph?: GauntletGraph | undefined;
  /** Progress: cells done out of total. */
  onProgress?: (done: number, total: number) => void;
}

/** One scorer to put through the suite: how workers load it, and its identity for the result. */
export interface GauntletScorer {
  readonly ref: ScorerRef;
  readonly info: Pick<Scorer, 'id' | 'version' | 'family'>;
}

const key = (c: CellSpec) => `${c.world}|${c.attack}|${c.budget}|${c.seed}`;

/** Run `scorers` through `suite`; one GauntletResult per scorer, in order. */
export async function runGauntlet(given: Suite, scorers: readonly GauntletScorer[], opts: GauntletOptions = {}): Promise<GauntletResult[]> {
  // The graph is read here first, so a bad file is one error before any worker starts.
  const suite = opts.graph ? suiteOnGraph(given, opts.graph) : given;
  const onGraph = opts.graph ? { graph: graphInfo(opts.graph), truth: GRAPH_TRUTH_NOTE } : {};
  const inProcess = opts.inProcess ?? 'Deno' in globalThis;
  const size = inProcess ? 1 : Math.max(1, opts.concurrency ?? Math.min(4, availableParallelism()));
  const pool: JobRunner = inProcess ? new InProcessRunner() : new CellPool(size, (opts.timeLimitSeconds ?? suite.timeLimitSeconds) * 1000);
  const outcomes = scorers.map(() => new Map<string, ScoreOutcome>());
  const timedOut = scorers.map(() => new Set<number>());
  // 1. Jobs: shared cells first (they serve every scorer), white-box cells per scorer.
  const jobs: { cell: CellSpec; who: number[] }[] = [];
  for (const cell of suiteCells(suite)) {
    if (isWhiteBox(suite.attacks[cell.attack]!.id)) for (let i = 0; i < scorers.length; i++) jobs.push({ cell, who: [i] });
    else jobs.push({ cell, who: scorers.map((_, i) => i) });
  }
  // 2. Drain with `size` loops; skip scorers that already timed out under this attack.
  let next = 0;
  let done = 0;
  const loop = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const live = job.who.filter((i) => !timedOut[i]!.has(job.cell.attack));
      for (const i of job.who)
        if (!live.includes(i))
          outcomes[i]!.set(key(job.cell), { ok: false, reason: 'skipped: the scorer timed out earlier under this attack' });
      if (live.length > 0) {
        const res = await pool.run({
          suite: suite.id,
          cell: job.cell,
          scorers: live.map((i) => scorers[i]!.ref),
          ...(opts.graph ? { graph: opts.graph } : {}),
        });
        live.forEach((i, j) => {
          const o = res[j]!;
          outcomes[i]!.set(key(job.cell), o);
          if (!o.ok && (o.reason.startsWith('timed out') || o.timedOut === true)) timedOut[i]!.add(job.cell.attack);
        });
      }
      opts.onProgress?.(++done, jobs.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: size }, loop));
  } finally {
    await pool.close();
  }
  // 3. Summaries.
  return scorers.map((s, i) => ({
    ...summarise(
      suite,
      { id: s.info.id, version: s.info.version, family: s.info.family, from: s.ref.kind === 'registered' ? 'registry' : s.ref.kind },
      VERSION,
      (c) => outcomes[i]!.get(key(c)) ?? { ok: false, reason: 'not run' },
    ),
    ...onGraph,
  }));
}
