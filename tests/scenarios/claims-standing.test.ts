/**
 * Acceptance tests: the claims of algorithm-change (what a change of weights does), judged by the
 * scenario's own claim code on three seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/model/roles.js';
import { finalWorld, judge, type FinalWorld } from './claims-helpers.js';

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

  it.each(['nephew-overtakes', 'nephew-climbs', 'ranking-churns'])('claim %s holds on every seed', (id) => {
    for (const w of worlds) {
      const o = judge('algorithm-change', id, w);
      expect(o.holds, o.measured).toBe(true);
    }
  });

  it('without the nephew the nephew claims cannot hold (they say why)', () => {
    const w = finalWorld('algorithm-change', 1, { attacks: [] });
    const o = judge('algorithm-change', 'nephew-climbs', w);
    expect(o.holds).toBe(false);
    expect(o.measured).toMatch(/cannot be checked/);
  });
});
