/**
 * The engine's parameter declarations (`roles.*`, `activity.*`, `follows.*`), each with its source;
 * src/engine/config.ts resolves them into a RunConfig and src/engine/settings.ts names them.
 * See docs/model.md for the model they drive.
 */
import type { ParamSpecs, ParamValues } from '../params.js';
import { ROLE_TRAIT_PARAMS, TIER_PARAMS } from '../agents/params.js';

/** Population shares of the non-honest real roles (the rest are honest). */
export const ROLE_SHARE_PARAMS = {
  broadcaster: {
    kind: 'number',
    description: 'share of broadcasters in the base population',
    default: 0.005,
    min: 0,
    max: 0.5,
    source: 'illustrative',
  },
  capitalist: {
    kind: 'number',
    description: 'share of social capitalists (follow back nearly everyone)',
    default: 0.03,
    min: 0,
    max: 0.5,
    source: 'illustrative',
  },
  gamer: {
    kind: 'number',
    description: "share of gamers (real people who game; the attacks' targets)",
    default: 0.01,
    min: 0,
    max: 0.5,
    source: 'illustrative',
  },
} as const satisfies ParamSpecs;

/** Everything `roles.*`: the role shares and each role's trait distributions (src/agents/params.ts). */
export const ROLE_PARAMS = { ...ROLE_SHARE_PARAMS, ...ROLE_TRAIT_PARAMS } as const satisfies ParamSpecs;

/** Behaviour knobs of the engine (see docs/model.md): `activity.*`, the 90-9-1 tiers included. */
export const ACTIVITY_PARAMS = {
  casualLike: {
    kind: 'number',
    description: 'chance a visible follower likes a post without being moved (attention, not influence)',
    default: 0.08,
    min: 0,
    max: 1,
    source: 'illustrative',
  },
  triadicShare: {
    kind: 'number',
    description: 'share of new organic follows made by triadic closure',
    default: 0.6,
    min: 0,
    max: 1,
    source: 'illustrative (triadic closure: Rapoport 1953; Granovetter 1973)',
  },
  unfollowRate: {
    kind: 'number',
    description: 'per-tick chance a real person reviews one weak follow and drops it if not returned',
    default: 0.01,
    min: 0,
    max: 1,
    source: 'illustrative (unfollows of weak, unreturned follows: Kwak et al. 2011, CHI)',
  },
  followRateScale: {
    kind: 'number',
    description: "multiplier on every agent's new-follow rate",
    default: 1,
    min: 0,
    max: 100,
    source: 'illustrative',
  },
  activityScale: {
    kind: 'number',
    description: "multiplier on every agent's posting rate",
    default: 1,
    min: 0,
    max: 100,
    source: 'illustrative',
  },
  window: {
    kind: 'int',
    description: "observation window in ticks (the platform's rolling window)",
    default: 30,
    min: 1,
    max: 100000,
    source: 'illustrative (a month of daily ticks)',
  },
  recordEvery: {
    kind: 'int',
    description: 'take a snapshot (observation + hidden layer) every this many ticks',
    default: 5,
    min: 1,
    max: 100000,
    source: 'illustrative',
  },
  likeShare: {
    kind: 'number',
    description: 'share of likes among the public reactions of a moved person',
    default: 0.6,
    min: 0,
    max: 1,
    source: 'illustrative',
  },
  reshareShare: {
    kind: 'number',
    description: 'share of reshares among the public reactions of a moved person',
    default: 0.2,
    min: 0,
    max: 1,
    source: 'illustrative',
  },
  replyShare: {
    kind: 'number',
    description: 'share of replies among the public reactions of a moved person (mentions are the rest)',
    default: 0.12,
    min: 0,
    max: 1,
    source: 'illustrative',
  },
  ...TIER_PARAMS,
} as const satisfies ParamSpecs;

/** Organic follow dynamics beyond the `activity.*` rates: `follows.*`. */
export const FOLLOW_PARAMS = {
  unfollowTie: {
    kind: 'number',
    description: 'a reviewed, unreturned follow is dropped when its hidden tie is below this',
    default: 0.05,
    min: 0,
    max: 1,
    source: 'illustrative (Kwak et al. 2011, CHI: unreturned, weak follows are the ones dropped)',
  },
} as const satisfies ParamSpecs;

export type RoleShares = ParamValues<typeof ROLE_SHARE_PARAMS>;
/** Resolved `roles.*`: shares and trait distributions. */
export type RoleParams = ParamValues<typeof ROLE_PARAMS>;
export type ActivityParams = ParamValues<typeof ACTIVITY_PARAMS>;
export type FollowParams = ParamValues<typeof FOLLOW_PARAMS>;
