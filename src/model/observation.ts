/**
 * The Observation: everything a platform could see, and nothing more.
 *
 * Scorers receive an Observation and only an Observation. It holds the follow graph, public
 * account flags, posts and reactions with their timestamps, and aggregate counts over a
 * window. It has no field that leads to the hidden layer (roles, traits, tie strengths, move
 * probabilities): see `src/model/hidden.ts`, and `tests/model/observation-boundary.test.ts`
 * which checks this at the type level and at run time.
 */
import type { Csr } from '../graph/csr.js';
import type { FollowGraph } from './follow-graph.js';

/** Public reactions, in a fixed order used by every typed array indexed by kind. */
export const REACTION_KINDS = ['like', 'reshare', 'reply', 'mention'] as const;
/** One public reaction kind. */
export type ReactionKind = (typeof REACTION_KINDS)[number];
/** Numeric code of each reaction kind (its index in {@link REACTION_KINDS}). */
export const KIND = { like: 0, reshare: 1, reply: 2, mention: 3 } as const satisfies Record<ReactionKind, number>;

/** Per-agent counts, one Uint32Array (length n) per reaction kind. */
export type CountsByKind = Readonly<Record<ReactionKind, Uint32Array>>;

/**
 * The public event log: one row per reaction (actor reacted to target's post, or mentioned target),
 * in time order. Columns are parallel typed arrays of length `length`.
 */
export interface EventLog {
  readonly length: number;
  /** Tick of the event (0-based). */
  readonly tick: Uint32Array;
  /** Who acted. */
  readonly actor: Uint32Array;
  /** Whose post was reacted to, or who was mentioned. */
  readonly target: Uint32Array;
  /** Reaction kind code (see {@link KIND}). */
  readonly kind: Uint8Array;
}

/** Posts over time: one row per post, in time order. */
export interface PostLog {
  readonly length: number;
  readonly tick: Uint32Array;
  readonly author: Uint32Array;
}

/**
 * Interactions aggregated per directed pair (actor → target) over the window: a CSR whose rows are
 * actors, with one count array per kind aligned with `csr.targets`.
 */
export interface InteractionGraph {
  readonly csr: Csr;
  readonly counts: Readonly<Record<ReactionKind, Uint32Array>>;
}

/** Public account attributes a platform knows. */
export interface AccountFlags {
  /** 1 for accounts the platform has verified (usable as trusted seeds). */
  readonly verified: Uint8Array;
  /** 1 when the person opted in to being scored. */
  readonly consent: Uint8Array;
  /** 1 when the account declares its holder a minor. */
  readonly minor: Uint8Array;
  /** Tick the account was created (0 for accounts present at the start). */
  readonly createdTick: Uint32Array;
}

/** What a platform sees at one moment. Every array is indexed by agent id 0..n-1 unless stated. */
export interface Observation {
  /** Number of accounts. */
  readonly n: number;
  /** The tick this observation was taken at (the last tick included). */
  readonly tick: number;
  /** The aggregation window: ticks from `from` to `to`, inclusive. */
  readonly window: { readonly from: number; readonly to: number };
  /** Who follows whom now. */
  readonly follows: FollowGraph;
  /** Tick each follow edge was made, aligned with `follows.following.targets`. */
  readonly followTick: Uint32Array;
  /** Public account flags. */
  readonly accounts: AccountFlags;
  /** Posts per agent within the window. */
  readonly posts: Uint32Array;
  /** Reactions received per agent within the window, by kind. */
  readonly received: CountsByKind;
  /** Reactions given per agent within the window, by kind. */
  readonly given: CountsByKind;
  /** Interactions per (actor → target) pair within the window, by kind. */
  readonly interactions: InteractionGraph;
  /** Every reaction since tick 0 (for scorers with their own windows or time decay). */
  readonly events: EventLog;
  /** Every post since tick 0. */
  readonly postLog: PostLog;
}
