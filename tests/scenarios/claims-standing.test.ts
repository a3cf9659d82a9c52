/**
 * Acceptance tests: the claims of alister-bait, perks and algorithm-change — scores that weight a
 * reaction by who reacts, and what a change of weights does. Lifts are measured against a
 * no-gaming control of the same seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDriftInput } from '../../src/drift/input.js';
import { kendallDistanceMeasure } from '../../src/drift/kendall-distance.js';
import { topKTurnoverMeasure } from '../../src/drift/top-k-turnover.js';
import { Role } from '../../src/model/roles.js';
import { finalWorld, mean, meanPercentile, noGaming, rankOf, topK, type FinalWorld } from './claims-helpers.js';

/** Gamed run and its no-gaming control, per seed. */
function pairs(scenario: string, seeds: number[]): { gamed: FinalWorld; control: FinalWorld }[] {
  return seeds.map((s) => ({ gamed: finalWorld(scenario, s), control: finalWorld(scenario, s, { attacks: noGaming(scenario) }) }));
}

describe.each([
  ['alister-bait', 'alister-bait'],
  ['perks', 'perks'],
])('%s: reactor-weighted scores reward standing borrowed from A-listers', (scenario, attack) => {
  let runs: { gamed: FinalWorld; control: FinalWorld }[];
  beforeAll(() => {
    runs = pairs(scenario, [1, 2]);
  });

  it('claim 1: the targets climb under Klout-like and Kred-like compared with the no-gaming control', () => {
    for (const { gamed, control } of runs) {
      const t = gamed.targets(attack);
      for (const id of ['klout-like', 'kred-like']) {
        const up = meanPercentile(gamed.score(id), gamed.real, t);
        expect(up).toBeGreaterThan(meanPercentile(control.score(id), control.real, t) + 0.15);
        expect(up).toBeGreaterThan(0.9);
      }
    }
  });

  it('claim 2: their true influence does not rise', () => {
    for (const { gamed, control } of runs) {
      const t = [...gamed.targets(attack)];
      expect(mean(t.map((i) => gamed.truth[i]!))).toBeLessThan(mean(t.map((i) => control.truth[i]!)) * 1.1 + 0.02);
    }
  });
});

describe('algorithm-change: the chatty nephew overtakes real bloggers', () => {
  let worlds: FinalWorld[];
  beforeAll(() => {
    worlds = [1, 2, 3].map((s) => finalWorld('algorithm-change', s));
  });

  it('marks exactly one nephew: a low-appeal account that posts far more than anyone', () => {
    for (const w of worlds) {
      const t = w.targets('volume-spam');
      expect(t).toHaveLength(1);
      expect(w.role[t[0]!]).toBe(Role.gamer);
      const posts = w.final.observation.posts;
      expect(posts[t[0]!]).toBe(Math.max(...posts));
    }
  });

  it('claim 1: after the change he ranks above a true-top-20 blogger that v1 ranked above him, with ≥ 10× his truth', () => {
    for (const w of worlds) {
      const nephew = w.targets('volume-spam')[0]!;
      const v1 = w.score('klout-like');
      const v2 = w.score('klout-like@v2');
      const honest = [...w.real].filter((i) => w.role[i] !== Role.gamer);
      const overtaken = topK(w.truth, 20, honest).filter(
        (b) => rankOf(v1, b) < rankOf(v1, nephew) && rankOf(v2, b) > rankOf(v2, nephew) && w.truth[b]! >= 10 * w.truth[nephew]!,
      );
      expect(overtaken.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('claim 2: the nephew climbs from v1 to v2', () => {
    for (const w of worlds) {
      const nephew = w.targets('volume-spam')[0]!;
      expect(rankOf(w.score('klout-like@v2'), nephew)).toBeLessThan(rankOf(w.score('klout-like'), nephew));
    }
  });

  it('claim 3: the change churns the ranking (top-10 turnover and Kendall distance)', () => {
    for (const w of worlds) {
      const input = makeDriftInput(w.score('klout-like@v2'), w.score('klout-like'), w.role);
      expect(topKTurnoverMeasure.compute(input) * 10).toBeGreaterThan(0.5); // at least one of the top 10 replaced
      expect(kendallDistanceMeasure.compute(input)).toBeGreaterThan(0.02);
    }
  });
});
