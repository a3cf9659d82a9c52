/**
 * Kred-like points score: points per public action an agent receives, more points when the actor
 * has a large audience, normalised so the top account scores 1,000.
 * Kred (PeopleBrowsr, 2011) gave 10 points per reply, retweet or mention, 1 per new follower and
 * extra points when the actor had more than 10,000 followers. A world of a few thousand agents has
 * nobody with 10,000 followers, so the "large audience" threshold is a quantile of the follower
 * distribution (default: the top 1%, roughly the share of 2011 Twitter accounts above 10,000
 * followers) unless an absolute count is given.
 * Reference: Kred's published scoring guide (kred.com, 2011-2012).
 */
import { followerCounts } from '../model/follow-graph.js';
import type { Observation } from '../model/observation.js';
import { resolveParams, type ParamSpecs, type ParamValues } from '../params.js';
import type { Scorer } from './scorer.js';

/** Kred-like parameters, with ranges and defaults. */
export const KRED_PARAMS = {
  replyPoints: {
    kind: 'number',
    source: 'Kred scoring guide 2011-2012 (10 points per reply)',
    min: 0,
    default: 10,
    description: 'points per reply received',
  },
  resharePoints: {
    kind: 'number',
    source: 'Kred scoring guide 2011-2012 (10 points per retweet)',
    min: 0,
    default: 10,
    description: 'points per reshare received',
  },
  mentionPoints: {
    kind: 'number',
    source: 'Kred scoring guide 2011-2012 (10 points per mention)',
    min: 0,
    default: 10,
    description: 'points per mention received',
  },
  likePoints: { kind: 'number', source: 'illustrative', min: 0, default: 1, description: 'points per like received' },
  followPoints: {
    kind: 'number',
    source: 'Kred scoring guide 2011-2012 (1 point per new follower)',
    min: 0,
    default: 1,
    description: 'points per follower',
  },
  bigAudienceQuantile: {
    kind: 'number',
    source: 'illustrative (about the share of 2011 Twitter accounts above 10,000 followers)',
    min: 0,
    max: 1,
    default: 0.99,
    description: 'an actor has a large audience when its follower count ≥ this quantile of all follower counts (and ≥ 1)',
  },
  bigAudienceFollowers: {
    kind: 'int',
    source: 'illustrative (0 = use the quantile; Kred used 10,000 followers)',
    min: 0,
    default: 0,
    description: 'absolute large-audience threshold in followers (Kred: 10,000); 0 = use the quantile',
  },
  bigAudienceMultiplier: {
    kind: 'number',
    source: 'illustrative',
    min: 1,
    default: 2,
    description: 'points of an action by a large-audience actor are multiplied by this',
  },
} as const satisfies ParamSpecs;

/** Resolved Kred-like parameters. */
export type KredParams = ParamValues<typeof KRED_PARAMS>;

/**
 * The follower count from which an actor counts as having a large audience: the absolute
 * threshold when set, else the nearest-rank quantile of the follower counts, at least 1.
 */
export function bigAudienceThreshold(followers: Uint32Array, p: KredParams): number {
  if (p.bigAudienceFollowers > 0) return p.bigAudienceFollowers;
  if (followers.length === 0) return 1;
  const sorted = Uint32Array.from(followers).sort();
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p.bigAudienceQuantile * sorted.length) - 1));
  return Math.max(1, sorted[idx]!);
}

/** Raw Kred-like points per agent (≥ 0) over the Observation's window. */
export function kredPoints(obs: Observation, p: KredParams): Float64Array {
  const n = obs.n;
  const fc = followerCounts(obs.follows);
  const threshold = bigAudienceThreshold(fc, p);
  const mult = new Float64Array(n);
  for (let u = 0; u < n; u++) mult[u] = fc[u]! >= threshold ? p.bigAudienceMultiplier : 1;
  const pts = new Float64Array(n);
  // Actions received, pair by pair so the actor's audience can be looked up.
  const { csr, counts } = obs.interactions;
  for (let u = 0; u < n; u++) {
    for (let k = csr.offsets[u]!; k < csr.offsets[u + 1]!; k++) {
      const v = csr.targets[k]!;
      if (v === u) continue;
      const base =
        p.replyPoints * counts.reply[k]! +
        p.resharePoints * counts.reshare[k]! +
        p.mentionPoints * counts.mention[k]! +
        p.likePoints * counts.like[k]!;
      pts[v]! += mult[u]! * base;
    }
  }
  // Followers: each follow is worth followPoints, more from a large-audience follower.
  const { offsets, targets } = obs.follows.followers;
  for (let v = 0; v < n; v++) for (let k = offsets[v]!; k < offsets[v + 1]!; k++) pts[v]! += mult[targets[k]!]! * p.followPoints;
  return pts;
}

/** Kred-like scores in [0, 1000]: 1000 · points / max points (all 0 when nobody has points). */
export function kredScores(obs: Observation, p: KredParams): Float64Array {
  const pts = kredPoints(obs, p);
  let max = 0;
  for (const x of pts) if (x > max) max = x;
  if (max > 0) for (let i = 0; i < pts.length; i++) pts[i] = (1000 * pts[i]!) / max;
  return pts;
}

/** Make a Kred-like scorer with parameter overrides (checked against KRED_PARAMS ranges). */
export function makeKredLike(overrides: Readonly<Record<string, unknown>> = {}): Scorer {
  const p = resolveParams(KRED_PARAMS, overrides, 'kred-like: ');
  return {
    id: 'kred-like',
    family: 'attention',
    version: 'v1',
    description: 'Kred-like points (reply/reshare/mention 10, like 1, follower 1; x2 from top-1% audiences), top account = 1000',
    source: "Kred's 2011-2012 scoring guide",
    score: (obs: Observation) => kredScores(obs, p),
  };
}

/** Kred-like score with default parameters. */
export const kredLike: Scorer = makeKredLike();
