/**
 * The gauntlet worker's loop: receive a job (suite id, cell, scorer refs), run it, post the
 * outcomes back. Scorers are loaded once per thread and cached by ref. An error that escapes
 * (e.g. a scorer module that does not load) fails every scorer of the job with its message.
 */
import { parentPort } from 'node:worker_threads';
import type { Scorer } from '../metrics/scorer.js';
import { runCell, type CellSpec, type ScoreOutcome } from './cell.js';
import { loadScorerRef, type ScorerRef } from './scorer-ref.js';
import { getSuite } from './suites/registry.js';

/** A message to the worker. */
export interface JobMessage {
  readonly id: number;
  readonly suite: string;
  readonly cell: CellSpec;
  readonly scorers: readonly ScorerRef[];
}

/** The worker's answer. */
export interface JobReply {
  readonly id: number;
  readonly outcomes: readonly ScoreOutcome[];
}

const cache = new Map<string, Promise<Scorer>>();

async function handle(msg: JobMessage): Promise<JobReply> {
  try {
    const scorers = await Promise.all(
      msg.scorers.map((ref) => {
        const key = JSON.stringify(ref);
        if (!cache.has(key)) cache.set(key, loadScorerRef(ref));
        return cache.get(key)!;
      }),
    );
    return { id: msg.id, outcomes: runCell(getSuite(msg.suite), msg.cell, scorers) };
  } catch (e) {
    const reason = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
    return { id: msg.id, outcomes: msg.scorers.map(() => ({ ok: false, reason })) };
  }
}

parentPort!.on('message', (msg: JobMessage) => {
  void handle(msg).then((reply) => parentPort!.postMessage(reply));
});
