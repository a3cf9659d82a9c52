/**
 * Acceptance tests: the claims of the attention-vs-influence and silent-majority scenarios, each
 * checked on three seeds at the scenarios' default sizes. They fail if the simulation stops
 * supporting the story the report tells.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/model/roles.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { finalWorld, rankOf, spearmanAmong, topK, type FinalWorld } from './claims-helpers.js';

const SEEDS = [1, 2, 3];

describe('attention-vs-influence: the million follower fallacy', () => {
  let worlds: FinalWorld[];
  beforeAll(() => {
    worlds = SEEDS.map((s) => finalWorld('attention-vs-influence', s));
  });

  it('states its claims', () => {
    expect(getScenario('attention-vs-influence').claims).toHaveLength(3);
  });

  it("claim 1: follower count's Spearman with truth is lower among the most-followed 10% than overall", () => {
    for (const w of worlds) {
      const fc = w.score('follower-count');
      const overall = spearmanAmong(fc, w.truth, w.real);
      const top = topK(fc, Math.round(w.real.length * 0.1), w.real);
      const atTop = spearmanAmong(fc, w.truth, top);
      expect(overall).toBeGreaterThan(0.5);
      expect(atTop).toBeLessThan(overall - 0.2);
    }
  });

  it('claim 2: bought followers carry gamers into the follower-count top 10; the true top 10 holds none', () => {
    for (const w of worlds) {
      const byFollowers = topK(w.score('follower-count'), 10);
      const byTruth = topK(w.truth, 10);
      expect(byFollowers.filter((i) => w.role[i] === Role.gamer).length).toBeGreaterThanOrEqual(2);
      expect(byTruth.filter((i) => w.role[i] === Role.gamer)).toHaveLength(0);
    }
  });

  it('claim 3: the Klout-like top 10 holds more broadcasters than the true top 10', () => {
    let kloutB = 0;
    let truthB = 0;
    for (const w of worlds) {
      kloutB += topK(w.score('klout-like'), 10).filter((i) => w.role[i] === Role.broadcaster).length;
      truthB += topK(w.truth, 10).filter((i) => w.role[i] === Role.broadcaster).length;
    }
    expect(kloutB).toBeGreaterThan(truthB + 3);
  });
});

describe('silent-majority: moved without a trace', () => {
  let worlds: FinalWorld[];
  beforeAll(() => {
    worlds = SEEDS.map((s) => finalWorld('silent-majority', s));
  });

  it('has no gaming at all', () => {
    for (const w of worlds) {
      expect(w.result.attacks).toHaveLength(0);
      expect(w.role.some((r) => r === Role.gamer || r === Role.bot || r === Role.sybil)).toBe(false);
    }
  });

  it('claim 1: real people moved outnumber all public reactions at least three to one', () => {
    for (const w of worlds) {
      let moved = 0;
      let reactions = 0;
      for (const t of w.result.ticks) {
        moved += t.moved;
        reactions += t.likes + t.reshares + t.replies + t.mentions;
      }
      expect(moved).toBeGreaterThan(3 * reactions);
    }
  });

  it('claim 2: reaction-based scores agree with truth less than follower count does', () => {
    for (const w of worlds) {
      const fc = spearmanAmong(w.score('follower-count'), w.truth, w.real);
      for (const id of ['reactions-received', 'engagement-rate', 'klout-like']) {
        expect(spearmanAmong(w.score(id), w.truth, w.real)).toBeLessThan(fc - 0.1);
      }
    }
  });

  it('claim 3: part of the true top 10 sits outside the reactions-received top 10%', () => {
    // A claim about typical worlds: on seeds 1..40 it held in all 40 (mean 2.6 of the true top 10
    // outside), but under a statistically equivalent re-draw of the cascades in only 37 of 40.
    // So: at least one per world on average, and in all worlds but one.
    const outside = worlds.map((w) => {
      const rr = w.score('reactions-received');
      return topK(w.truth, 10, w.real).filter((i) => rankOf(rr, i, w.real) > 0.1 * w.real.length).length;
    });
    expect(outside.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(worlds.length);
    expect(outside.filter((c) => c >= 1).length).toBeGreaterThanOrEqual(worlds.length - 1);
  });
});
