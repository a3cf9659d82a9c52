/**
 * Acceptance tests: the claims of bought-vs-engaging, engagement-pod and follow-back-farming.
 * Effects are measured against a no-gaming control of the same seed (every attack budget 0), so
 * a change is the attack's doing; each claim is checked on two seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/model/roles.js';
import { finalWorld, mean, meanPercentile, noGaming, rankOf, withRole, type FinalWorld } from './claims-helpers.js';

const SEEDS = [1, 2];

/** Mean percentile of an attack's targets under `scorer` ('truth' for true influence). */
function pct(w: FinalWorld, scorer: string, attack: string, targetsFrom: FinalWorld = w): number {
  return meanPercentile(scorer === 'truth' ? w.truth : w.score(scorer), w.real, targetsFrom.targets(attack));
}
/** Mean true influence of an attack's targets. */
function meanTruth(w: FinalWorld, attack: string, targetsFrom: FinalWorld = w): number {
  return mean([...targetsFrom.targets(attack)].map((i) => w.truth[i]!));
}

describe('bought-vs-engaging: silent followers vs applauding bots', () => {
  let pairs: { gamed: FinalWorld; control: FinalWorld }[];
  beforeAll(() => {
    pairs = SEEDS.map((s) => ({ gamed: finalWorld('bought-vs-engaging', s), control: finalWorld('bought-vs-engaging', s, { attacks: noGaming('bought-vs-engaging') }) }));
  });

  it('claim 1: bought inert followers raise follower count but barely move the Klout-like score', () => {
    for (const { gamed, control } of pairs) {
      expect(pct(gamed, 'follower-count', 'bought-followers')).toBeGreaterThan(pct(control, 'follower-count', 'bought-followers', gamed) + 0.2);
      expect(Math.abs(pct(gamed, 'klout-like', 'bought-followers') - pct(control, 'klout-like', 'bought-followers', gamed))).toBeLessThan(0.12);
    }
  });

  it('claim 2: engaging bots raise the Klout-like score and the follower count', () => {
    for (const { gamed, control } of pairs) {
      expect(pct(gamed, 'klout-like', 'engaging-bots')).toBeGreaterThan(pct(control, 'klout-like', 'engaging-bots', gamed) + 0.12);
      expect(pct(gamed, 'klout-like', 'engaging-bots')).toBeGreaterThan(0.95);
      expect(pct(gamed, 'follower-count', 'engaging-bots')).toBeGreaterThan(pct(control, 'follower-count', 'engaging-bots', gamed) + 0.2);
    }
  });

  it('claim 3: neither raises true influence', () => {
    for (const { gamed, control } of pairs) {
      for (const attack of ['bought-followers', 'engaging-bots']) {
        expect(meanTruth(gamed, attack)).toBeLessThan(meanTruth(control, attack, gamed) * 1.1 + 0.02);
      }
    }
  });
});

describe('engagement-pod: reactions without influence', () => {
  let pairs: { gamed: FinalWorld; control: FinalWorld }[];
  beforeAll(() => {
    pairs = SEEDS.map((s) => ({ gamed: finalWorld('engagement-pod', s), control: finalWorld('engagement-pod', s, { attacks: noGaming('engagement-pod') }) }));
  });

  it('claim 1: the pod lifts its members under Klout-like and reactions received', () => {
    for (const { gamed, control } of pairs) {
      for (const id of ['klout-like', 'reactions-received']) {
        expect(pct(gamed, id, 'engagement-pod')).toBeGreaterThan(pct(control, id, 'engagement-pod', gamed) + 0.1);
      }
    }
  });

  it('claim 2: a reciprocal, repeated-interaction score is fooled too', () => {
    for (const { gamed, control } of pairs) {
      expect(pct(gamed, 'reciprocal-ties', 'engagement-pod')).toBeGreaterThan(pct(control, 'reciprocal-ties', 'engagement-pod', gamed) + 0.15);
    }
  });

  it('claim 3: the pod does not raise its members\' true influence', () => {
    for (const { gamed, control } of pairs) {
      expect(meanTruth(gamed, 'engagement-pod')).toBeLessThan(meanTruth(control, 'engagement-pod', gamed) * 1.1 + 0.02);
    }
  });
});

describe('follow-back-farming: PageRank lifts farmers, Collusionrank pushes farmers and capitalists down', () => {
  let worlds: FinalWorld[];
  beforeAll(() => {
    worlds = SEEDS.map((s) => finalWorld('follow-back-farming', s));
  });
  const ranks = (w: FinalWorld, values: Float64Array, group: readonly number[]) => group.map((i) => rankOf(values, i, w.real));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

  it('claim 1: PageRank lifts the farmers well above their true rank', () => {
    for (const w of worlds) {
      const farmers = [...w.targets('follow-farming')];
      expect(farmers).toHaveLength(10);
      const pr = ranks(w, w.score('pagerank'), farmers);
      const truth = ranks(w, w.truth, farmers);
      farmers.forEach((_, j) => expect(pr[j]).toBeLessThan(truth[j]!));
      expect(median(pr) * 3).toBeLessThan(median(truth));
    }
  });

  it('claim 2: Collusionrank pushes every farmer below where PageRank puts it', () => {
    for (const w of worlds) {
      const farmers = [...w.targets('follow-farming')];
      const pr = ranks(w, w.score('pagerank'), farmers);
      const cr = ranks(w, w.score('collusionrank'), farmers);
      farmers.forEach((_, j) => expect(cr[j]).toBeGreaterThan(pr[j]!));
      expect(meanPercentile(w.score('collusionrank'), w.real, farmers)).toBeLessThan(meanPercentile(w.truth, w.real, farmers) - 0.3);
    }
  });

  it('claim 3: it also pushes down the social capitalists who follow back', () => {
    for (const w of worlds) {
      const caps = withRole(w.role, Role.capitalist);
      expect(caps.length).toBeGreaterThan(50);
      expect(meanPercentile(w.score('collusionrank'), w.real, caps)).toBeLessThan(meanPercentile(w.score('pagerank'), w.real, caps) - 0.2);
    }
  });
});
