/**
 * Hand-computed expectations for the relational scorers (trustrank, sybilrank,
 * interaction-pagerank, collusionrank), and the sybil-region / farming scenarios they exist for.
 */
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/errors.js';
import { collusionrank } from '../../src/metrics/collusionrank.js';
import { farmingPenalty, farmingSignature } from '../../src/metrics/algorithms/farming.js';
import { interactionPagerank } from '../../src/metrics/interaction-pagerank.js';
import { pagerank } from '../../src/metrics/pagerank.js';
import { sybilrank } from '../../src/metrics/sybilrank.js';
import { trustrank } from '../../src/metrics/trustrank.js';
import { Rng } from '../../src/rng.js';
import { mutualPairs, sum, world, type Ev } from './graph-scorers.helpers.js';

type Edge = [number, number];
const close = (a: Float64Array, b: number[], digits = 12) => {
  expect(a.length).toBe(b.length);
  for (const [i, x] of b.entries()) expect(a[i]).toBeCloseTo(x, digits);
};
const seeds = (...ids: number[]) => ({ trustedSeeds: Uint32Array.from(ids) });
const cycle: Edge[] = [
  [0, 1],
  [1, 2],
  [2, 0],
];

describe('trustrank', () => {
  it('3-cycle seeded at 0: x0 = 0.15/(1 − 0.85³), x1 = 0.85·x0, x2 = 0.85²·x0', () => {
    const x0 = 0.15 / (1 - 0.85 ** 3);
    close(trustrank.score(world(3, cycle), seeds(0)), [x0, 0.85 * x0, 0.85 ** 2 * x0]);
  });
  it('uses verified accounts when no seeds are given', () => {
    close(trustrank.score(world(3, cycle, { verified: [1] })), Array.from(trustrank.score(world(3, cycle), seeds(1))));
  });
  it('without any seed falls back to plain PageRank', () => {
    const follows: Edge[] = [
      [0, 1],
      [1, 2],
      [3, 1],
    ];
    close(trustrank.score(world(4, follows)), Array.from(pagerank.score(world(4, follows))));
  });
  it('rejects a seed id outside 0..n-1 with a ParameterError', () => {
    expect(() => trustrank.score(world(3, cycle), seeds(3))).toThrow(ParameterError);
  });
});

describe('sybilrank', () => {
  // Triangle 0-1-2 plus pendant 3 on 2, mutual follows; seed 0; n = 4 → 2 rounds; total trust 4.
  // Round 1: 0 (deg 2) sends 2 to 1 and 2 → [0, 2, 2, 0]. Round 2: 1 (deg 2) sends 1 to 0 and 2;
  // 2 (deg 3) sends 2/3 to 0, 1, 3 → [5/3, 2/3, 1, 2/3]. Divided by degree (2, 2, 3, 1).
  it('triangle with a pendant, seed 0: [5/6, 1/3, 1/3, 2/3]', () => {
    const obs = world(
      4,
      mutualPairs([
        [0, 1],
        [1, 2],
        [0, 2],
        [2, 3],
      ]),
    );
    close(sybilrank.score(obs, seeds(0)), [5 / 6, 1 / 3, 1 / 3, 2 / 3]);
  });
  it('ignores one-way follows, counts reciprocated interactions as ties', () => {
    // 0 ↔ 1 mutual follow; 2 follows 0 (one way: no tie); 1 and 2 reply to each other (a tie).
    const events: Ev[] = [
      { actor: 1, target: 2, kind: 'reply' },
      { actor: 2, target: 1, kind: 'reply' },
    ];
    // Path 0-1-2, seed 0, n = 3 → 2 rounds: [3,0,0] → [0,3,0] → [1.5,0,1.5]; ÷ deg (1,2,1).
    close(
      sybilrank.score(
        world(
          3,
          [
            [0, 1],
            [1, 0],
            [2, 0],
          ],
          { events },
        ),
        seeds(0),
      ),
      [1.5, 0, 1.5],
    );
    // Without the interactions 2 has no tie: [3,0,0] → [0,3,0] → [3,0,0]; ÷ deg (1,1,·), 2 isolated → 0.
    close(
      sybilrank.score(
        world(3, [
          [0, 1],
          [1, 0],
          [2, 0],
        ]),
        seeds(0),
      ),
      [3, 0, 0],
    );
  });
});

describe('interaction-pagerank', () => {
  // 0 replies to 1 (w 1) and mentions 2 (w 0.5): 2/3 of 0's vote to 1, 1/3 to 2. 1 only likes 0
  // (ignored) and 2 replies to itself (ignored): both dangling. x0 = 0.05 + 0.85(1 − x0)/3
  // ⇒ x0 = 1/3.85 = 20/77; x1 = x0(1 + 0.85·2/3) = 94/231; x2 = x0(1 + 0.85/3) = 1/3.
  it('weights replies, reshares and half-weight mentions; ignores likes, follows and self-replies', () => {
    const events: Ev[] = [
      { actor: 0, target: 1, kind: 'reply' },
      { actor: 0, target: 2, kind: 'mention' },
      { actor: 1, target: 0, kind: 'like' },
      { actor: 2, target: 2, kind: 'reply' },
    ];
    close(
      interactionPagerank.score(
        world(
          3,
          [
            [1, 0],
            [2, 0],
          ],
          { events },
        ),
      ),
      [20 / 77, 94 / 231, 1 / 3],
    );
  });
  it('no interactions: 1/n each', () => close(interactionPagerank.score(world(3, cycle)), [1 / 3, 1 / 3, 1 / 3]));
});

/**
 * An honest region of 40 accounts (ring lattice, each mutually following its 3 nearest on each
 * side) and a sybil region of 40 accounts (mutual follows with probability 0.3), joined by 2
 * attack edges (mutual follows between honest 0/20 and sybils 40/60). Seeds: honest 5, 15, 30.
 */
function sybilWorld() {
  const rng = new Rng('test/sybil-region');
  const und: Edge[] = [];
  for (let v = 0; v < 40; v++) for (let k = 1; k <= 3; k++) und.push([v, (v + k) % 40]);
  for (let a = 40; a < 80; a++) for (let b = a + 1; b < 80; b++) if (rng.bernoulli(0.3)) und.push([a, b]);
  und.push([0, 40], [20, 60]);
  // Sybils also follow honest accounts one way (free to do, not returned).
  const oneWay: Edge[] = [];
  for (let s = 40; s < 80; s++) oneWay.push([s, rng.int(40)]);
  return world(80, [...mutualPairs(und), ...oneWay], { verified: [5, 15, 30] });
}

describe('a sybil region behind 2 attack edges gets low trust', () => {
  const obs = sybilWorld();
  const share = (s: Float64Array) => sum(s.subarray(40)) / sum(s);
  it('pagerank gives the sybils over 30% of the mass (the baseline being fooled)', () => {
    expect(share(pagerank.score(obs))).toBeGreaterThan(0.3);
  });
  it('trustrank gives them under 10%', () => {
    expect(share(trustrank.score(obs))).toBeLessThan(0.1);
  });
  it('sybilrank: the median sybil scores under a fifth of the third-lowest honest account; sybils hold under 10% of trust', () => {
    const s = sybilrank.score(obs);
    const honest = Array.from(s.subarray(0, 40)).sort((a, b) => a - b);
    const sybil = Array.from(s.subarray(40)).sort((a, b) => a - b);
    // Median sybil far below the lowest-but-a-few honest account.
    expect(sybil[20]!).toBeLessThan(honest[2]! / 5);
    expect(share(s)).toBeLessThan(0.1);
  });
});

/**
 * Follow-back farming: 30 honest accounts in a ring, each mutually following the 2 nearest on each
 * side and replying to the nearest; 4 farmers (30..33) follow all honest accounts and all social
 * capitalists; 6 capitalists (34..39) follow back the farmers, follow each other and follow all
 * honest accounts (hoping for follow-backs); honest 0 follows back farmer 30 out of courtesy.
 */
function farmWorld() {
  const follows: Edge[] = [];
  const events: Ev[] = [];
  for (let v = 0; v < 30; v++) {
    for (const k of [1, 2]) follows.push([v, (v + k) % 30], [(v + k) % 30, v]);
    events.push({ actor: v, target: (v + 1) % 30, kind: 'reply' }, { actor: (v + 1) % 30, target: v, kind: 'reply' });
  }
  const farmers = [30, 31, 32, 33];
  const capitalists = [34, 35, 36, 37, 38, 39];
  for (const f of farmers) {
    for (let v = 0; v < 30; v++) follows.push([f, v]);
    for (const c of capitalists) follows.push([f, c], [c, f]);
  }
  for (const a of capitalists) {
    for (const b of capitalists) if (a !== b) follows.push([a, b]);
    for (let v = 0; v < 30; v++) follows.push([a, v]);
  }
  follows.push([0, 30]);
  return { obs: world(40, follows, { events }), farm: [...farmers, ...capitalists] };
}

describe('collusionrank', () => {
  const { obs, farm } = farmWorld();
  const honest = Array.from({ length: 30 }, (_, i) => i);
  it('the farming signature marks farmers and capitalists, not the honest', () => {
    const f = farmingSignature(obs);
    const worstHonest = Math.max(...honest.map((v) => f[v]!));
    expect(worstHonest).toBeLessThan(0.01);
    for (const v of farm) expect(f[v]!).toBeGreaterThan(5 * worstHonest);
  });
  it('penalises capitalists most, the courteous honest account 0 less, other honest accounts little', () => {
    const p = farmingPenalty(obs.follows.following, farmingSignature(obs));
    for (const v of farm) expect(p[v]!).toBeGreaterThan(0.7);
    expect(p[0]!).toBeLessThan(0.4);
    for (const v of honest.slice(1)) expect(p[v]!).toBeLessThan(p[0]!);
  });
  it('both farmers and capitalists fall below every honest account, and keep under half the PageRank share a typical honest account keeps', () => {
    const cr = collusionrank.score(obs);
    const pr = pagerank.score(obs);
    const worstHonest = Math.min(...honest.map((v) => cr[v]!));
    const kept = honest.map((v) => cr[v]! / pr[v]!).sort((a, b) => a - b);
    const medianHonestKept = (kept[14]! + kept[15]!) / 2;
    for (const v of farm) {
      expect(cr[v]!).toBeLessThan(worstHonest);
      expect(cr[v]! / pr[v]!).toBeLessThan(medianHonestKept / 2);
    }
  });
  it('equals pagerank when nobody returns a follow (no farming signature)', () => {
    const follows: Edge[] = [
      [0, 1],
      [1, 2],
      [2, 0],
      [3, 0],
      [3, 1],
      [3, 2],
    ];
    close(collusionrank.score(world(4, follows)), Array.from(pagerank.score(world(4, follows))));
  });
  it('penalty by hand: 2 accounts, f = [1, 0], 1 follows 0', () => {
    // Reversed graph: 0 → 1 (distrust flows to the follower); 1 is dangling there, its mass returns
    // to the teleport (all on 0). D0 = 0.15 + 0.85·D1, D1 = 0.85·D0 ⇒ D0 = 0.15/(1 − 0.7225) = 0.15/0.2775,
    // D1 = 0.85·D0; p = D/(D + 1/2).
    const d0 = 0.15 / 0.2775;
    const d1 = 0.85 * d0;
    close(farmingPenalty(world(2, [[1, 0]]).follows.following, Float64Array.from([1, 0])), [d0 / (d0 + 0.5), d1 / (d1 + 0.5)]);
  });
});
