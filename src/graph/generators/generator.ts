/**
 * The graph-generator contract. One file per generator in src/graph/generators, one line in
 * its registry. A generator builds the initial follow graph of a world (edges follower → followee)
 * and assigns communities; the engine then draws hidden ties from each edge's reason.
 */
import type { Rng } from '../../rng.js';
import type { ParamSpecs, ParamValues } from '../../params.js';
import type { EdgeBuffer } from '../csr.js';

/** What a generator gets: the population and its per-agent build traits. */
export interface GeneratorContext {
  /** Number of accounts in the base population. */
  readonly n: number;
  /** Role code of each account (see roles.ts); generators may ignore it. */
  readonly role: Uint8Array;
  /** How many accounts each one tends to follow, relative to the mean (1 = average). */
  readonly outDegreeFactor: Float64Array;
  /** The `graph` stream. */
  readonly rng: Rng;
}

/** The generated follow graph. Duplicates and self-follows are allowed here; the engine drops them. */
export interface GeneratedGraph {
  /** Follow edges: `src` follows `dst`. */
  readonly edges: EdgeBuffer;
  /** Follow reason per edge (FollowReason codes), parallel to `edges`. */
  readonly reason: Uint8Array;
  /** Community of each account (0-based). */
  readonly community: Uint32Array;
  /** Optional node labels (from a file or a named graph). */
  readonly labels?: readonly string[];
}

/** A graph generator with declared parameters. */
export interface GraphGenerator<S extends ParamSpecs = ParamSpecs> {
  readonly id: string;
  readonly description: string;
  /** Paper or source followed. */
  readonly source: string;
  readonly params: S;
  /** When the topology fixes the number of accounts (a named graph, a file), that number. */
  size?(p: ParamValues<S>): number;
  generate(ctx: GeneratorContext, p: ParamValues<S>): GeneratedGraph;
}

/** Declare a generator with its parameter types inferred. */
export function defineGenerator<S extends ParamSpecs>(g: GraphGenerator<S>): GraphGenerator<S> {
  return g;
}
