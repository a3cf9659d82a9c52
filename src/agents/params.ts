/**
 * The trait distributions of the agent kinds, declared as data: the `roles.*` settings (per-role
 * appeal, susceptibility, habits; the gamers' handicaps) and the `activity.*` 90-9-1 tiers of honest
 * people. Agent kinds receive the resolved values ({@link AgentParams}); none keeps a constant.
 * Sources: Nielsen (2006), "Participation inequality: encouraging more users to contribute"
 * (90-9-1), van Mierlo (2014), J. Med. Internet Res. 16(2):e33 (90-9-1 confirmed across four
 * health communities); Cha et al. (2010), ICWSM (broadcasters: large audiences, little influence);
 * Ghosh et al. (2012), WWW (social capitalists follow back). Values marked `illustrative` are
 * modelling choices, chosen for plausible worlds, not measured.
 */
import type { ParamSpecs, ParamValues } from '../params.js';

const share = (description: string, value: number, source = 'illustrative') =>
  ({ kind: 'number', description, default: value, min: 0, max: 1, source }) as const;
const positive = (description: string, value: number, max: number, source = 'illustrative') =>
  ({ kind: 'number', description, default: value, min: 0, max, source }) as const;
/** A Beta shape: strictly positive (the gamma draws behind Beta(a, b) need a, b > 0). */
const shape = (description: string, value: number) =>
  ({ kind: 'number', description, default: value, min: 0.01, max: 100, source: 'illustrative' }) as const;

/** Per-role trait distributions (`roles.*`), besides the role shares. */
export const ROLE_TRAIT_PARAMS = {
  honestAppealSigma: positive('log-scale spread σ of honest appeal (mean-one log-normal)', 0.8, 5),
  honestSusceptibilityA: shape('honest susceptibility ~ Beta(a, b): a', 2),
  honestSusceptibilityB: shape('honest susceptibility ~ Beta(a, b): b', 3),
  honestFollowBack: share('chance an honest person follows back a new follower', 0.06),
  honestFollowRate: positive('expected new organic follows per tick of an honest person', 0.02, 100),
  honestOutDegreeSigma: positive('log-scale spread σ of how many accounts an honest person follows at world build', 0.5, 5),
  honestVerified: share('chance a non-creator honest account is verified', 0.002),
  honestConsent: share('chance an honest person opted in to being scored', 0.8),
  honestMinor: share('chance an honest account holder is a minor', 0.06),
  broadcasterAppeal: positive('appeal multiplier of broadcasters (on a mean-one log-normal)', 1.2, 100),
  broadcasterAppealSigma: positive('log-scale spread σ of broadcaster appeal', 0.5, 5),
  broadcasterSusceptibilityA: shape('broadcaster susceptibility ~ Beta(a, b): a (hard to move)', 1),
  broadcasterSusceptibilityB: shape('broadcaster susceptibility ~ Beta(a, b): b', 9),
  broadcasterVisibility: share('chance a moved broadcaster reacts publicly', 0.2),
  broadcasterPosts: positive('expected posts per tick of a broadcaster', 2, 1000),
  broadcasterFollowBack: share('chance a broadcaster follows back a new follower', 0.01),
  broadcasterFollowRate: positive('expected new organic follows per tick of a broadcaster', 0.01, 100),
  broadcasterOutDegreeSigma: positive('log-scale spread σ of how many accounts a broadcaster follows at world build', 0.5, 5),
  broadcasterVerified: share('chance a broadcaster is verified', 0.6),
  broadcasterConsent: share('chance a broadcaster opted in to being scored', 0.9),
  capitalistAppeal: positive('appeal multiplier of social capitalists (on an honest draw)', 0.7, 100),
  capitalistVisibility: share('chance a moved social capitalist reacts publicly', 0.35),
  capitalistPosts: positive('expected posts per tick of a social capitalist', 0.4, 1000),
  capitalistFollowBack: share(
    'chance a social capitalist follows back a new follower',
    0.9,
    'illustrative (Ghosh et al. 2012, WWW: capitalists follow back almost anyone)',
  ),
  capitalistFollowRate: positive('expected new organic follows per tick of a social capitalist', 0.05, 100),
  capitalistOutDegree: positive('how many times the average a social capitalist follows at world build', 4, 1000),
  gamerAppeal: positive("gamers' appeal multiplier (on an honest draw): their handicap in real persuasion", 0.5, 100),
  gamerVisibility: share('chance a moved gamer reacts publicly', 0.5),
  gamerPosts: positive('expected posts per tick of a gamer', 0.5, 1000),
} as const satisfies ParamSpecs;

/** The 90-9-1 participation tiers of honest people (`activity.*`). */
export const TIER_PARAMS = {
  lurkerShare: share('share of honest people who lurk (tier 1 of 90-9-1)', 0.9, 'Nielsen 2006 (90-9-1); van Mierlo 2014, JMIR 16(2):e33'),
  contributorShare: share(
    'share of honest people who contribute now and then (the rest create)',
    0.09,
    'Nielsen 2006 (90-9-1); van Mierlo 2014, JMIR 16(2):e33',
  ),
  lurkerVisibility: share('chance a moved lurker reacts publicly', 0.03),
  contributorVisibility: share('chance a moved contributor reacts publicly', 0.35),
  creatorVisibility: share('chance a moved creator reacts publicly', 0.75),
  lurkerPosts: positive('expected posts per tick of a lurker', 0.03, 1000),
  contributorPosts: positive('expected posts per tick of a contributor', 0.25, 1000),
  creatorPosts: positive('expected posts per tick of a creator', 0.9, 1000),
  creatorAppeal: positive("creators' appeal multiplier", 1.6, 100),
  creatorVerified: share('chance a creator is verified', 0.2),
} as const satisfies ParamSpecs;

/** What an agent kind reads when it draws traits: the resolved role traits and tiers. */
export type AgentParams = ParamValues<typeof ROLE_TRAIT_PARAMS> & ParamValues<typeof TIER_PARAMS>;
