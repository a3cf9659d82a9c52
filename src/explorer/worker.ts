/**
 * The explorer's Web Worker: receives a state, runs {@link explore} (the CLI's code path, single
 * thread) and posts back the result's typed arrays (transferred, not copied), so the page never
 * freezes. A bad setting comes back as the error's message and field, to show beside its control.
 * Reference: HTML Living Standard, "Web workers" (dedicated workers, transferable objects).
 */
import { GoodhartError, ParameterError } from '../errors.js';
import { playTeamGame, type TeamGame, type TeamSetup } from '../lessons/decay-teams.js';
import { explore, type ExplorerResult } from './compute.js';
import type { ExplorerState } from './state.js';

/**
 * A request from the page: compute `state` (the explorer), or play the team decay game's rounds
 * `choices` for `setup`; `id` ties the answer to it (a newer request supersedes older ones).
 */
export type WorkerRequest =
  | { readonly id: number; readonly state: ExplorerState }
  | { readonly id: number; readonly game: { readonly setup: TeamSetup; readonly choices: readonly (readonly number[])[] } };

/** An answer: progress, a result, or an error (with the parameter's field when it is a ParameterError). */
export type WorkerReply =
  | { readonly id: number; readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly kind: 'result'; readonly result: ExplorerResult; readonly ms: number }
  | { readonly id: number; readonly kind: 'game'; readonly game: TeamGame; readonly ms: number }
  | { readonly id: number; readonly kind: 'error'; readonly message: string; readonly field: string | null };

interface WorkerScope {
  onmessage: ((e: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply, transfer?: ArrayBuffer[]): void;
}

/** Serve requests in the worker's global scope `scope`. */
export function serveWorker(scope: WorkerScope): void {
  scope.onmessage = (e) => {
    const req = e.data;
    const id = req.id;
    const t0 = performance.now();
    try {
      if ('game' in req) {
        const game = playTeamGame(req.game.setup, req.game.choices);
        scope.postMessage({ id, kind: 'game', game, ms: performance.now() - t0 });
        return;
      }
      const state = req.state;
      const result = explore(state, (done, total) => scope.postMessage({ id, kind: 'progress', done, total }));
      const buffers = new Set<ArrayBuffer>();
      for (const f of result.frames) for (const a of [f.score, f.truth, f.followers]) buffers.add(a.buffer as ArrayBuffer);
      scope.postMessage({ id, kind: 'result', result, ms: performance.now() - t0 }, [...buffers]);
    } catch (err) {
      if (!(err instanceof GoodhartError)) throw err;
      scope.postMessage({ id, kind: 'error', message: err.message, field: err instanceof ParameterError ? err.field : null });
    }
  };
}
