/**
 * The hidden layer: who each agent really is and who really moves whom. Never given to scorers.
 * Truth models (src/truth) read it; the engine writes it; the Observation type has no path to it.
 */
import type { FollowGraph } from './follow-graph.js';
import type { InfluenceParams } from './influence.js';

/** Per-agent hidden traits (typed arrays of length n). */
export interface HiddenTraits {
  /** Role code (see `Role` in roles.ts). */
  readonly role: Uint8Array;
  /** 1 when the agent is a real person (not a bot or sybil). */
  readonly real: Uint8Array;
  /** Persuasiveness of the agent's content, ≥ 0, mean ≈ 1 for honest people. */
  readonly appeal: Float64Array;
  /** Probability scale of being moved, in [0, 1]; 0 for bots and sybils. */
  readonly susceptibility: Float64Array;
  /** Probability that a moved agent reacts publicly, in [0, 1] (90-9-1: most are near 0). */
  readonly visibility: Float64Array;
  /** Expected posts per tick, ≥ 0. */
  readonly activity: Float64Array;
  /** Probability of following back a new follower, in [0, 1]. */
  readonly followBack: Float64Array;
  /** Community (topic) id, 0..communities-1. */
  readonly community: Uint32Array;
}

/**
 * The hidden layer frozen at one tick: traits, the follow graph at that tick, each follow edge's
 * hidden tie strength and the resulting move probabilities.
 */
export interface HiddenLayer extends HiddenTraits {
  readonly n: number;
  /** The tick this snapshot was taken at. */
  readonly tick: number;
  /** The follow graph this snapshot's edge arrays are aligned with. */
  readonly graph: FollowGraph;
  /** Tie strength in [0, 1] of each follow edge, aligned with `graph.following.targets`. */
  readonly tie: Float64Array;
  /**
   * Probability that a message from v moves u, for each follow edge u → v, aligned with
   * `graph.following.targets` (row u lists the accounts u follows).
   */
  readonly moveProb: Float64Array;
  /** The parameters moveProb was computed with. */
  readonly influence: InfluenceParams;
}
