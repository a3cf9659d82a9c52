/**
 * What the lessons on reactor-weighted scores share (A-lister bait, perks): a few targets game
 * scores that weight a reaction or a mention by the standing of whoever makes it, and the same world
 * is run again without the gaming (src/lessons/control.ts). This file holds their with/without
 * facts, the sentences that explain them, the point's test and the summary's sentence on them.
 *
 *   lesson world + its no-gaming twin ─▶ targets' mean percentile among real people (0-100)
 *   by the Klout-like score, the Kred-like score, followers and true influence, without and with
 *
 * Reference: Rao et al. (2015), "Klout score: measuring influence across multiple social
 * networks", IEEE Big Data; Kred scoring guide (2012).
 */
import { controlWorld, targetLifts, type Lift } from './control.js';
import { round } from './facts.js';
import type { LessonWorld } from './lesson.js';

/** The scorers a reactor-weighted lesson compares (besides true influence). */
export const REACTOR_SCORERS = ['klout-like', 'kred-like', 'follower-count'] as const;

/** The targets' mean percentile among real people (0-100, 100 = top, one decimal) without and with the gaming. */
export interface ReactorLiftFacts {
  readonly kloutWithout: number;
  readonly kloutWith: number;
  readonly kredWithout: number;
  readonly kredWith: number;
  readonly followersWithout: number;
  readonly followersWith: number;
  readonly truthWithout: number;
  readonly truthWith: number;
}

/** A reactor-weighted lesson's lift: the rows for its chart, its facts, and whether its point holds. */
export interface ReactorLift {
  readonly lifts: Lift[];
  readonly facts: ReactorLiftFacts;
  /**
   * The point: both reactor-weighted scores lift the targets by more than 15 percentile points,
   * while their true influence rises by 5 points at the most.
   */
  readonly holds: boolean;
  /** "By the Klout-like score they went from … to … out of 100, …; by true influence from … to …." */
  readonly sentence: string;
}

/**
 * The lift of `targets` (account indices of the gamed world `w`) under {@link REACTOR_SCORERS} and
 * true influence: simulates the world's no-gaming twin (deterministic in the world's config).
 */
export function reactorLift(w: LessonWorld, targets: ArrayLike<number>): ReactorLift {
  const lifts = targetLifts(w, controlWorld(w, REACTOR_SCORERS), targets, REACTOR_SCORERS);
  const at = (by: string) => lifts.find((l) => l.by === by)!;
  const facts: ReactorLiftFacts = {
    kloutWithout: round(at('klout-like').without, 1),
    kloutWith: round(at('klout-like').with, 1),
    kredWithout: round(at('kred-like').without, 1),
    kredWith: round(at('kred-like').with, 1),
    followersWithout: round(at('follower-count').without, 1),
    followersWith: round(at('follower-count').with, 1),
    truthWithout: round(at('true influence').without, 1),
    truthWith: round(at('true influence').with, 1),
  };
  const holds =
    facts.kloutWith > facts.kloutWithout + 15 && facts.kredWith > facts.kredWithout + 15 && facts.truthWith <= facts.truthWithout + 5;
  const sentence =
    `By the Klout-like score they went from ${facts.kloutWithout} to ${facts.kloutWith} out of 100, by the Kred-like score ` +
    `from ${facts.kredWithout} to ${facts.kredWith}; by true influence from ${facts.truthWithout} to ${facts.truthWith}.`;
  return { lifts, facts, holds, sentence };
}

/**
 * The plain-language sentences of {@link ReactorLiftFacts}, for a lesson's `factText`.
 * @param who the targets as the first sentence names them ("the baiters").
 * @param gaming what they do, after "with" and "without" ("baiting").
 */
export function reactorLiftFactText(who: string, gaming: string): Record<keyof ReactorLiftFacts, string> {
  return {
    kloutWithout: `Where ${who} sit by the Klout-like score without ${gaming}: {} out of 100 (100 = the top).`,
    kloutWith: `Where they sit by the Klout-like score with ${gaming}: {} out of 100.`,
    kredWithout: `Where they sit by the Kred-like score without ${gaming}: {} out of 100.`,
    kredWith: `Where they sit by the Kred-like score with ${gaming}: {} out of 100.`,
    followersWithout: `Where they sit by followers without ${gaming}: {} out of 100.`,
    followersWith: `Where they sit by followers with ${gaming}: {} out of 100.`,
    truthWithout: `Where they sit by true influence without ${gaming}: {} out of 100.`,
    truthWith: `Where they sit by true influence with ${gaming}: {} out of 100.`,
  };
}
