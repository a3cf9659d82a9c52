/**
 * Test helpers for the graph and relational scorers: tiny named worlds built from edge lists.
 */
import { followGraphFromEdges } from '../../src/model/follow-graph.js';
import { KIND, type EventLog, type Observation, type ReactionKind } from '../../src/model/observation.js';
import { buildObservation } from '../../src/model/observe.js';

/** One public reaction: `actor` did `kind` on `target` at `tick` (default 0). */
export interface Ev {
  actor: number;
  target: number;
  kind: ReactionKind;
  tick?: number;
}

/** An Observation of `n` accounts following `follows` ([follower, followee] pairs), with optional events and verified ids. */
export function world(
  n: number,
  follows: ReadonlyArray<readonly [number, number]>,
  opts: { events?: Ev[] | undefined; verified?: number[] | undefined } = {},
): Observation {
  const g = followGraphFromEdges(
    n,
    follows.map((e) => e[0]),
    follows.map((e) => e[1]),
  );
  const evs = [...(opts.events ?? [])].sort((a, b) => (a.tick ?? 0) - (b.tick ?? 0));
  const events: EventLog = {
    length: evs.length,
    tick: Uint32Array.from(evs.map((e) => e.tick ?? 0)),
    actor: Uint32Array.from(evs.map((e) => e.actor)),
    target: Uint32Array.from(evs.map((e) => e.target)),
    kind: Uint8Array.from(evs.map((e) => KIND[e.kind])),
  };
  const verified = new Uint8Array(n);
  for (const v of opts.verified ?? []) verified[v] = 1;
  const lastTick = evs.reduce((t, e) => Math.max(t, e.tick ?? 0), 0);
  return buildObservation({ follows: g, tick: lastTick, events, accounts: { verified } });
}

/** Both directions of every undirected edge, as follows. */
export function mutualPairs(edges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  return edges.flatMap(
    ([a, b]) =>
      [
        [a, b],
        [b, a],
      ] as Array<[number, number]>,
  );
}

/** Relabel a world: account i becomes perm[i] (follows, events and verified flags move with it). */
export function relabel(
  n: number,
  follows: ReadonlyArray<readonly [number, number]>,
  perm: number[],
  opts: { events?: Ev[]; verified?: number[] } = {},
): Observation {
  return world(
    n,
    follows.map(([a, b]) => [perm[a]!, perm[b]!] as const),
    {
      events: opts.events?.map((e) => ({ ...e, actor: perm[e.actor]!, target: perm[e.target]! })),
      verified: opts.verified?.map((v) => perm[v]!),
    },
  );
}

/** Largest |a[i] − b[i]|. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

/** Sum of an array. */
export function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
}
