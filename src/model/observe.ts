/**
 * Building Observations: aggregate the public logs over a window into per-agent and per-pair
 * counts. Used by the engine's recorder, by `goodhart score --graph` (a follow graph with no
 * activity) and by tests that build tiny named worlds by hand.
 */
import { buildCsr } from '../graph/csr.js';
import type { FollowGraph } from './follow-graph.js';
import {
  REACTION_KINDS,
  type AccountFlags,
  type CountsByKind,
  type EventLog,
  type InteractionGraph,
  type Observation,
  type PostLog,
  type ReactionKind,
} from './observation.js';

/** Inputs of {@link buildObservation}. Logs must be in time order. */
export interface ObservationInput {
  follows: FollowGraph;
  tick: number;
  /** First tick of the aggregation window (default 0: everything so far). */
  from?: number;
  followTick?: Uint32Array;
  accounts?: Partial<AccountFlags>;
  events?: EventLog;
  postLog?: PostLog;
}

/** An empty event log. */
export function emptyEventLog(): EventLog {
  return { length: 0, tick: new Uint32Array(0), actor: new Uint32Array(0), target: new Uint32Array(0), kind: new Uint8Array(0) };
}

/** An empty post log. */
export function emptyPostLog(): PostLog {
  return { length: 0, tick: new Uint32Array(0), author: new Uint32Array(0) };
}

/** Assemble an Observation, aggregating `events` and `postLog` over ticks [from, tick]. */
export function buildObservation(input: ObservationInput): Observation {
  const { follows, tick } = input;
  const n = follows.n;
  const from = input.from ?? 0;
  const events = input.events ?? emptyEventLog();
  const postLog = input.postLog ?? emptyPostLog();
  const accounts: AccountFlags = {
    verified: input.accounts?.verified ?? new Uint8Array(n),
    consent: input.accounts?.consent ?? new Uint8Array(n).fill(1),
    minor: input.accounts?.minor ?? new Uint8Array(n),
    createdTick: input.accounts?.createdTick ?? new Uint32Array(n),
  };

  const posts = new Uint32Array(n);
  for (let i = lowerBound(postLog.tick, postLog.length, from); i < postLog.length && postLog.tick[i]! <= tick; i++)
    posts[postLog.author[i]!]!++;

  const received = zeroCounts(n);
  const given = zeroCounts(n);
  const start = lowerBound(events.tick, events.length, from);
  let end = start;
  while (end < events.length && events.tick[end]! <= tick) end++;
  const recv = REACTION_KINDS.map((k) => received[k]);
  const giv = REACTION_KINDS.map((k) => given[k]);
  for (let i = start; i < end; i++) {
    const k = events.kind[i]!;
    recv[k]![events.target[i]!]!++;
    giv[k]![events.actor[i]!]!++;
  }

  return {
    n,
    tick,
    window: { from, to: tick },
    follows,
    followTick: input.followTick ?? new Uint32Array(follows.m),
    accounts,
    posts,
    received,
    given,
    interactions: aggregateInteractions(n, events, start, end),
    events,
    postLog,
  };
}

/** Per-pair counts by kind for events[start, end). */
export function aggregateInteractions(n: number, events: EventLog, start: number, end: number): InteractionGraph {
  const m = end - start;
  const built = buildCsr(n, events.actor.subarray(start, end), events.target.subarray(start, end), m, {
    dedupe: false,
    dropSelfLoops: false,
  });
  // Collapse repeated pairs: rows are sorted, so equal targets are adjacent.
  const { offsets, targets, origin } = built;
  const newOffsets = new Uint32Array(n + 1);
  const newTargets = new Uint32Array(targets.length);
  const counts = REACTION_KINDS.map(() => new Uint32Array(targets.length));
  let w = 0;
  for (let u = 0; u < n; u++) {
    newOffsets[u] = w;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      if (w === newOffsets[u] || newTargets[w - 1] !== v) newTargets[w++] = v;
      counts[events.kind[start + origin[e]!]!]![w - 1]!++;
    }
  }
  newOffsets[n] = w;
  const out = {} as Record<ReactionKind, Uint32Array>;
  REACTION_KINDS.forEach((k, i) => {
    out[k] = counts[i]!.slice(0, w);
  });
  return { csr: { n, offsets: newOffsets, targets: newTargets.slice(0, w) }, counts: out };
}

function zeroCounts(n: number): CountsByKind {
  return { like: new Uint32Array(n), reshare: new Uint32Array(n), reply: new Uint32Array(n), mention: new Uint32Array(n) };
}

/** First index i in sorted `arr[0..len)` with arr[i] >= x. */
function lowerBound(arr: Uint32Array, len: number, x: number): number {
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
