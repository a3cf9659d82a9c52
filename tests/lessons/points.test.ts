/**
 * Each lesson's point holds at the lesson's own seed: the claims below are the lessons' points,
 * stated on the facts each lesson reads off its world (hand-stated thresholds, not snapshots).
 */
import { describe, expect, it } from 'vitest';
import { LESSONS, getLesson } from '../../src/lessons/registry.js';
import { runLesson, type LessonResult } from '../../src/lessons/run-lesson.js';
import { UnknownNameError } from '../../src/errors.js';

const cache = new Map<string, LessonResult>();
function run(id: string): LessonResult {
  let r = cache.get(id);
  if (!r) {
    r = runLesson(getLesson(id), { layoutIterations: 20 });
    cache.set(id, r);
  }
  return r;
}

describe('lesson points (each at its own seed)', () => {
  it('attention is not influence: the top broadcaster by followers is not in the top 5 by truth', () => {
    const f = run('attention-is-not-influence').finding.facts;
    expect(f.topBroadcasterFollowerRank).toBe(1);
    expect(f.topBroadcasterFollowers).toBeGreaterThan(5 * f.medianFollowers!);
    expect(f.topBroadcasterTruthRank).toBeGreaterThan(5);
  });

  it('silent majority: at least 75% of moves leave no public trace, and reactions miss most of the truth top 10', () => {
    const f = run('silent-majority').finding.facts;
    expect(f.moved).toBeGreaterThan(100);
    expect(f.silentShare).toBeGreaterThanOrEqual(0.75);
    expect(f.reactionsTop10Overlap).toBeLessThanOrEqual(5);
  });

  it('bought followers: the buyer tops the follower count; its truth rank and truth stay put', () => {
    const f = run('bought-followers').finding.facts;
    expect(f.bought).toBe(150);
    expect(f.followersEnd! - f.followersStart!).toBeGreaterThanOrEqual(150);
    expect(f.followerRankStart).toBeGreaterThan(10);
    expect(f.followerRankEnd).toBe(1);
    expect(f.truthRankEnd).toBeGreaterThan(10);
    expect(f.truthEnd).toBeLessThanOrEqual(f.truthStart! * 1.5 + 0.5);
  });

  it('follow-back farming: farmers rank high by followers and PageRank, not by truth; Collusionrank pulls them down', () => {
    const f = run('follow-back-farming').finding.facts;
    expect(f.farmersPagerankPct).toBeGreaterThan(f.farmersTruthPct! + 15);
    expect(f.farmersFollowersPct).toBeGreaterThan(f.farmersTruthPct! + 15);
    expect(f.farmersCollusionPct).toBeLessThan(f.farmersPagerankPct! - 10);
    expect(f.capitalistsCollusionPct).toBeLessThan(f.capitalistsPagerankPct!);
  });

  it('algorithm change: the top 10 churns and a low-influence account passes people with more true influence', () => {
    const f = run('algorithm-change').finding.facts;
    expect(f.top10Turnover).toBeGreaterThanOrEqual(2);
    expect(f.nephewRankV1).toBeGreaterThan(10);
    expect(f.nephewRankV2).toBeLessThanOrEqual(10);
    expect(f.nephewTruthRank).toBeGreaterThan(10);
    expect(f.overtaken).toBeGreaterThanOrEqual(1);
  });

  it('A-lister bait: the baiters climb the Klout-like and Kred-like scores, not followers or truth', () => {
    const f = run('alister-bait').finding.facts;
    expect(f.baits).toBe(800);
    expect(f.answers).toBeGreaterThan(0);
    expect(f.kloutWith).toBeGreaterThan(f.kloutWithout! + 15);
    expect(f.kredWith).toBeGreaterThan(f.kredWithout! + 15);
    expect(Math.abs(f.followersWith! - f.followersWithout!)).toBeLessThan(5);
    expect(f.truthWith).toBeLessThanOrEqual(f.truthWithout! + 5);
  });

  it('perks: paid mentions lift the brands under the reactor-weighted scores, not by truth', () => {
    const f = run('perks').finding.facts;
    expect(f.paidPosts).toBe(120);
    expect(f.mentioners).toBeGreaterThan(1);
    expect(f.kloutWith).toBeGreaterThan(f.kloutWithout! + 15);
    expect(f.kredWith).toBeGreaterThan(f.kredWithout! + 15);
    expect(f.truthWith).toBeLessThanOrEqual(f.truthWithout! + 5);
  });

  it("consent and minors: those who never agreed and children are ranked like everyone, some from others' acts alone", () => {
    const r = run('consent-and-minors');
    const f = r.finding.facts;
    expect(f.neverOptedIn).toBeGreaterThan(20);
    expect(f.minors).toBeGreaterThan(5);
    expect(f.notOptedInTop10).toBeGreaterThanOrEqual(1);
    expect(Math.abs(f.notOptedInPct! - f.optedInPct!)).toBeLessThanOrEqual(10);
    expect(f.bestMinorRank).toBeLessThanOrEqual(f.people! / 4);
    expect(f.silentRanked).toBeGreaterThanOrEqual(1);
    // The flags are public: the score could have read them and did not.
    const { consent, minor } = r.world.result.final.observation.accounts;
    expect(consent.filter((v) => v === 0).length).toBeGreaterThan(0);
    expect(minor.filter((v) => v === 1).length).toBe(f.minors);
  });

  it('the Goodhart decay game: validity falls on average and in most endings; renting engagement spreads gaming', () => {
    const f = run('goodhart-decay').finding.facts;
    expect(f.paths).toBe(27);
    expect(f.validityMeanEnd).toBeLessThan(f.validityStart! - 0.05);
    expect(3 * f.pathsBelowStart!).toBeGreaterThanOrEqual(2 * f.paths!);
    expect(f.gamingShareBots).toBeGreaterThan(f.gamingShareOrganic!);
    expect(f.placeBots).toBeLessThan(f.placeOrganic!);
    expect(f.validityLowest).toBeLessThanOrEqual(f.validityBots!);
    expect(f.validityHighest).toBeGreaterThanOrEqual(f.validityOrganic!);
  });

  it('every registered lesson says its point holds, is small, and has a question for the class', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(4);
    expect(LESSONS.length).toBeLessThanOrEqual(9);
    for (const l of LESSONS) {
      const r = run(l.id);
      expect(r.finding.holds, l.id).toBe(true);
      expect(r.world.config.agents, l.id).toBeLessThanOrEqual(400);
      expect(l.ask.length, l.id).toBeGreaterThan(80);
    }
  });

  it('unknown lesson names raise UnknownNameError listing the lessons', () => {
    expect(() => getLesson('nope')).toThrow(UnknownNameError);
  });
});
