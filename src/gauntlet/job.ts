/**
 * One job of the gauntlet's executors (worker threads in pool.ts, or this thread in in-process.ts):
 *
 *   cell job  (suite, cell, scorer refs) ─▶ runCell ─▶ one outcome per scorer
 *   score job (scorer ref, Observation)  ─▶ score   ─▶ scores, or why there are none (`score --time-limit`)
 *   load job  (scorer refs)              ─▶ import  ─▶ ok, or why not (before timed score jobs)
 *
 * Scorers are loaded once per executor and cached by ref. After the scorers ran, one turn of the
 * event loop lets asynchronous failures they scheduled happen; each one fails that scorer's cell
 * (user-code.ts attributes it to the scorer whose code scheduled it, even when it fires later).
 */
import type { GuardedScorer } from '../metrics/load-user-scorer.js';
import type { Observation } from '../model/observation.js';
import type { Scorer, ScorerContext } from '../metrics/scorer.js';
import { describeError, takeAsyncErrors } from '../metrics/user-code.js';
import { runCell, type CellSpec, type ScoreOutcome } from './cell.js';
import { loadScorerRef, type ScorerRef } from './scorer-ref.js';
import { getSuite } from './suites/registry.js';
import { suiteOnGraph, type GauntletGraph } from './graph.js';

/** A cell of a suite for one or more scorers. */
export interface CellJob {
  readonly type: 'cell';
  readonly suite: string;
  readonly cell: CellSpec;
  readonly scorers: readonly ScorerRef[];
  /** The user's graph the suite's world is replaced by (`--graph`), if any. */
  readonly graph?: GauntletGraph | undefined;
}

/** One scorer on one Observation (`goodhart score --time-limit`). */
export interface ScoreJob {
  readonly type: 'score';
  readonly scorer: ScorerRef;
  readonly obs: Observation;
  readonly ctx?: ScorerContext;
}

/** Load scorers ahead of the timed jobs (their import time does not count against a job's limit). */
export interface LoadJob {
  readonly type: 'load';
  readonly scorers: readonly ScorerRef[];
}

/** The answer to a LoadJob: null when every scorer loaded, else why one did not. */
export type LoadJobOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The answer to a ScoreJob. */
export type ScoreJobOutcome = { readonly ok: true; readonly scores: Float64Array } | { readonly ok: false; readonly reason: string };

/** Loaded scorers of one executor, by ref. */
export type ScorerCache = Map<string, Promise<Scorer>>;

function load(cache: ScorerCache, ref: ScorerRef): Promise<Scorer> {
  const key = JSON.stringify(ref);
  if (!cache.has(key)) cache.set(key, loadScorerRef(ref));
  return cache.get(key)!;
}

const sinkOf = (s: Scorer) => (s as Partial<GuardedScorer>).sink;
const reasonOf = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : describeError(e, null));

/** Run a cell job; never rejects: a scorer that does not load fails with its message. */
export async function runCellJob(job: CellJob, cache: ScorerCache): Promise<ScoreOutcome[]> {
  let scorers: Scorer[];
  try {
    scorers = await Promise.all(job.scorers.map((ref) => load(cache, ref)));
  } catch (e) {
    const reason = reasonOf(e);
    return job.scorers.map(() => ({ ok: false, reason }));
  }
  let outcomes: ScoreOutcome[];
  try {
    const suite = getSuite(job.suite);
    outcomes = runCell(job.graph ? suiteOnGraph(suite, job.graph) : suite, job.cell, scorers);
  } catch (e) {
    const reason = reasonOf(e);
    outcomes = job.scorers.map(() => ({ ok: false, reason }));
  }
  for (let i = 0; i < scorers.length; i++) {
    const sink = sinkOf(scorers[i]!);
    if (!sink) continue;
    const late = await takeAsyncErrors(sink);
    if (late.length > 0) outcomes[i] = { ok: false, reason: `ScorerCrashError: scorer ${sink.scorer} ${late[0]}` };
  }
  return outcomes;
}

/** Run a load job; never rejects. */
export async function runLoadJob(job: LoadJob, cache: ScorerCache): Promise<LoadJobOutcome> {
  try {
    await Promise.all(job.scorers.map((ref) => load(cache, ref)));
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
}

/** Run a score job; never rejects. */
export async function runScoreJob(job: ScoreJob, cache: ScorerCache): Promise<ScoreJobOutcome> {
  let scorer: Scorer;
  try {
    scorer = await load(cache, job.scorer);
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
  let scores: Float64Array;
  try {
    scores = scorer.score(job.obs, job.ctx);
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
  const sink = sinkOf(scorer);
  const late = sink ? await takeAsyncErrors(sink) : [];
  if (late.length > 0) return { ok: false, reason: `ScorerCrashError: scorer ${sink!.scorer} ${late[0]}` };
  return { ok: true, scores };
}
