/**
 * `hits`: HITS authority on the follow graph (u → v = u follows v, so followees are authorities
 * and followers hubs). Scores sum to 1 as networkx `hits` normalises them; an account nobody follows
 * scores 0; a graph without follows gives every account 1/n.
 * Reference: Kleinberg 1999, "Authoritative sources in a hyperlinked environment".
 */
import type { Observation } from '../model/observation.js';
import { hits as hitsKernel } from './algorithms/hits-kernel.js';
import type { Scorer } from './scorer.js';

/** HITS authority of every account: non-negative, summing to 1. */
export function hitsAuthorityScores(obs: Observation): Float64Array {
  return hitsKernel(obs.follows.following, obs.follows.followers).authorities;
}

export const hitsAuthority: Scorer = {
  id: 'hits',
  family: 'graph',
  version: 'v1',
  description: 'HITS authority on the follow graph (principal eigenvector of AᵀA, sum 1)',
  source: 'Kleinberg 1999, Authoritative sources in a hyperlinked environment (J. ACM 46(5))',
  score: hitsAuthorityScores,
};
