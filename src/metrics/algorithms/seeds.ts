/**
 * Resolving the trusted seed set of trust-propagation scorers (TrustRank, SybilRank).
 *
 * Seeds come from `ctx.trustedSeeds` when given (ids, duplicates ignored), otherwise from the
 * accounts the platform has verified (`obs.accounts.verified`). With no seed at all, every account
 * is treated as a seed (the scorers then degrade to their unpersonalised form) and `fallback` is true.
 */
import { ParameterError } from '../../errors.js';
import type { Observation } from '../../model/observation.js';
import type { ScorerContext } from '../scorer.js';

/** A resolved seed set. */
export interface SeedSet {
  /** 1 for seeds, 0 otherwise (length n). */
  readonly mask: Uint8Array;
  /** Number of seeds (n when `fallback`). */
  readonly count: number;
  /** True when no seed was given and every account is used as a seed. */
  readonly fallback: boolean;
}

/**
 * Trusted seeds for `obs`.
 * @throws ParameterError when a given seed id is not an account id (integer in [0, n)).
 */
export function resolveSeeds(obs: Observation, ctx?: ScorerContext): SeedSet {
  const n = obs.n;
  const mask = new Uint8Array(n);
  let count = 0;
  if (ctx?.trustedSeeds && ctx.trustedSeeds.length > 0) {
    for (const s of ctx.trustedSeeds) {
      if (!(s < n)) throw new ParameterError('trustedSeeds', s, `account ids 0..${n - 1}`);
      if (mask[s] === 0) count++;
      mask[s] = 1;
    }
  } else {
    const ver = obs.accounts.verified;
    for (let v = 0; v < n; v++) {
      if (ver[v]) {
        mask[v] = 1;
        count++;
      }
    }
  }
  if (count === 0) {
    mask.fill(1);
    return { mask, count: n, fallback: true };
  }
  return { mask, count, fallback: false };
}
