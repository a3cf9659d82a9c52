/**
 * Hand-computed expectations on tiny named graphs for pagerank, hits, coreness and h-index.
 * Each number below is derived in the comment next to it.
 */
import { describe, expect, it } from 'vitest';
import { coreness } from '../../src/metrics/coreness.js';
import { hIndex } from '../../src/metrics/h-index.js';
import { hitsAuthority } from '../../src/metrics/hits.js';
import { pagerank } from '../../src/metrics/pagerank.js';
import { mutualPairs, world } from './graph-scorers.helpers.js';

const close = (a: Float64Array, b: number[]) => {
  expect(a.length).toBe(b.length);
  for (const [i, x] of b.entries()) expect(a[i]).toBeCloseTo(x, 12);
};

describe('3-cycle 0 → 1 → 2 → 0', () => {
  const obs = world(3, [
    [0, 1],
    [1, 2],
    [2, 0],
  ]);
  it('pagerank: symmetric, 1/3 each', () => close(pagerank.score(obs), [1 / 3, 1 / 3, 1 / 3]));
  it('hits: 1/3 each', () => close(hitsAuthority.score(obs), [1 / 3, 1 / 3, 1 / 3]));
  it('coreness: a triangle is a 2-core', () => close(coreness.score(obs), [2, 2, 2]));
  it('h-index: two neighbours of degree 2 each → 2', () => close(hIndex.score(obs), [2, 2, 2]));
});

describe('star: leaves 1..4 follow centre 0 (centre dangling)', () => {
  const obs = world(5, [
    [1, 0],
    [2, 0],
    [3, 0],
    [4, 0],
  ]);
  // leaf l = 0.15/5 + 0.85·c/5 (only the dangling centre's spread reaches it); c + 4l = 1
  // ⇒ l = 0.03 + 0.17c, c = 1 − 0.12 − 0.68c ⇒ c = 0.88/1.68 = 11/21, l = 5/42.
  it('pagerank: centre 11/21, leaves 5/42', () => close(pagerank.score(obs), [11 / 21, 5 / 42, 5 / 42, 5 / 42, 5 / 42]));
  it('hits: all authority on the centre', () => close(hitsAuthority.score(obs), [1, 0, 0, 0, 0]));
  it('coreness: 1 everywhere', () => close(coreness.score(obs), [1, 1, 1, 1, 1]));
  // centre: 4 neighbours of degree 1 → h = 1; leaf: 1 neighbour of degree 4 → h = 1.
  it('h-index: 1 everywhere', () => close(hIndex.score(obs), [1, 1, 1, 1, 1]));
});

describe('2-cycle sybil: account 0 and its sybil 1 follow each other; 2 and 3 follow nobody', () => {
  // Without the sybil's follows all four are isolated: 1/4 each. With 0 ↔ 1: b = 0.15/4 + 0.85·2b/4
  // ⇒ b = 3/46 for the two dangling accounts, and 0 and 1 share the rest: (1 − 6/46)/2 = 10/23.
  it('lifts account 0 from 1/4 to 10/23', () => {
    close(pagerank.score(world(4, [])), [0.25, 0.25, 0.25, 0.25]);
    close(pagerank.score(world(4, mutualPairs([[0, 1]]))), [10 / 23, 10 / 23, 3 / 46, 3 / 46]);
  });
});

describe('two triangles joined by a path (bowtie with a tail)', () => {
  // 0-1-2 triangle, 2-3 bridge, 3-4-5 triangle, 5-6 tail; all mutual follows.
  const obs = world(
    7,
    mutualPairs([
      [0, 1],
      [1, 2],
      [0, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [3, 5],
      [5, 6],
    ]),
  );
  it('coreness: triangles are 2-cores, the tail is a 1-core', () => close(coreness.score(obs), [2, 2, 2, 2, 2, 2, 1]));
  // degrees: 0:2 1:2 2:3 3:3 4:2 5:3 6:1. Node 2: neighbours deg (2,2,3) → 2 have deg >= 2 … h = 2;
  // node 5: neighbours (3,2,1) → h = 2; node 6: neighbour deg 3 → h = 1.
  it('h-index', () => close(hIndex.score(obs), [2, 2, 2, 2, 2, 2, 1]));
});

describe('empty and edgeless worlds', () => {
  it('n = 0 gives empty arrays', () => {
    for (const s of [pagerank, hitsAuthority, coreness, hIndex]) expect(s.score(world(0, [])).length).toBe(0);
  });
  it('edgeless: pagerank and hits 1/n, coreness and h-index 0', () => {
    const obs = world(4, []);
    close(hitsAuthority.score(obs), [0.25, 0.25, 0.25, 0.25]);
    close(coreness.score(obs), [0, 0, 0, 0]);
    close(hIndex.score(obs), [0, 0, 0, 0]);
  });
});
