/**
 * The Scorer contract: a pure function from what a platform sees to one score per agent.
 *
 * A scorer gets an {@link Observation} (never the hidden layer) and returns a Float64Array of
 * length `obs.n`, higher = more influential by that scorer's lights. It must be deterministic
 * (same Observation, same scores) and label-equivariant (relabelling agents permutes scores).
 * One file per scorer in src/metrics; one line in src/metrics/registry.ts to register it.
 */
import type { Observation } from '../model/observation.js';

/** Scorer families. */
export type ScorerFamily = 'attention' | 'graph' | 'relational' | 'formula' | 'user';

/** Inputs a scorer may need besides the Observation, all public. */
export interface ScorerContext {
  /**
   * Trusted seed accounts (e.g. verified accounts) for trust-propagation scorers. When absent,
   * such scorers use `obs.accounts.verified`.
   */
  readonly trustedSeeds?: Uint32Array;
}

/** A named, versioned scoring function. */
export interface Scorer {
  /** Registry id, kebab-case, e.g. `pagerank`, `klout-like`. Versions of one scorer share the id stem: `klout-like@v2`. */
  readonly id: string;
  readonly family: ScorerFamily;
  /** Version label, e.g. `v1`; an algorithm change is a new version of the same scorer. */
  readonly version: string;
  /** One line: what it measures. */
  readonly description: string;
  /** The paper or public description it follows. */
  readonly source: string;
  /** Compute one score per agent (length obs.n, finite values). Must not mutate `obs`. */
  score(obs: Observation, ctx?: ScorerContext): Float64Array;
}
