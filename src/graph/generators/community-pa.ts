/**
 * The default world: a directed follower graph with planted communities (homophily),
 * heavy-tailed popularity by preferential attachment with growth, broadcaster audiences and a
 * reciprocity knob.
 *
 * Accounts arrive in a random order; on arrival account u makes k_u follows
 * (k_u = meanFollowing × outDegreeFactor_u, rounded stochastically). Each follow is
 *   - with probability `audienceShare` (when broadcasters exist): to a broadcaster picked
 *     ∝ its Pareto fitness (reason `audience`, a weak tie);
 *   - else, with probability `homophily`, inside u's community, otherwise anywhere; within that
 *     scope, with probability `uniformMix` to a uniformly chosen arrived account, else to one chosen
 *     ∝ (1 + in-degree) among arrived accounts (linear preferential attachment with growth).
 * Each organic follow is returned with probability `reciprocity` (reason `reciprocal`).
 * References: Price (1976) / Barabási & Albert (1999) growth with preferential attachment;
 * planted partition (Condon & Karp 2001) for communities; Garlaschelli & Loffredo (2004) reciprocity.
 */
import { EdgeBuffer } from '../csr.js';
import { FollowReason } from '../../model/ties.js';
import { Role } from '../../model/roles.js';
import { defineGenerator } from './generator.js';

export const communityPa = defineGenerator({
  id: 'community-pa',
  description: 'planted communities + preferential attachment + broadcaster audiences + reciprocity (default world)',
  source: 'Price 1976 / Barabási–Albert 1999 growth; planted partition; Garlaschelli & Loffredo 2004 reciprocity',
  params: {
    meanFollowing: {
      kind: 'number',
      source: 'illustrative',
      description: 'mean accounts followed at start (before return follows)',
      default: 10,
      min: 0.5,
      max: 1000,
    },
    communities: { kind: 'int', source: 'illustrative', description: 'number of planted communities', default: 12, min: 1, max: 100000 },
    homophily: {
      kind: 'number',
      source: 'illustrative',
      description: "share of organic follows made inside one's own community",
      default: 0.8,
      min: 0,
      max: 1,
    },
    reciprocity: {
      kind: 'number',
      source: 'illustrative',
      description: 'probability an organic follow is returned',
      default: 0.25,
      min: 0,
      max: 1,
    },
    uniformMix: {
      kind: 'number',
      source: 'illustrative',
      description: 'share of follows to a uniformly chosen account instead of by popularity',
      default: 0.3,
      min: 0,
      max: 1,
    },
    audienceShare: {
      kind: 'number',
      source: 'illustrative',
      description: 'share of follows that go to broadcasters (when there are any)',
      default: 0.12,
      min: 0,
      max: 1,
    },
    fitnessAlpha: {
      kind: 'number',
      source: 'illustrative',
      description: 'Pareto shape of broadcaster popularity (smaller = more unequal)',
      default: 1.2,
      min: 0.2,
      max: 10,
    },
  },
  generate(ctx, p) {
    const { n, rng, role, outDegreeFactor } = ctx;
    const C = Math.min(p.communities, n);
    const community = new Uint32Array(n);
    for (let i = 0; i < n; i++) community[i] = rng.int(C);

    // Broadcaster fitness table (cumulative) for audience follows.
    const bIds: number[] = [];
    for (let i = 0; i < n; i++) if (role[i] === Role.broadcaster) bIds.push(i);
    const bCum = new Float64Array(bIds.length);
    let acc = 0;
    for (let j = 0; j < bIds.length; j++) bCum[j] = acc += rng.pareto(1, p.fitnessAlpha);

    const expected = Math.ceil(n * p.meanFollowing * (1 + p.reciprocity) * 1.1) + 16;
    const edges = new EdgeBuffer(expected);
    const reasons = new Uint8Array(expected);
    let reasonArr = reasons;
    const push = (s: number, d: number, r: number) => {
      if (edges.length === reasonArr.length) {
        const bigger = new Uint8Array(reasonArr.length * 2);
        bigger.set(reasonArr);
        reasonArr = bigger;
      }
      reasonArr[edges.length] = r;
      edges.push(s, d);
    };

    // Urns of arrived accounts: one entry per arrival plus one per follower gained.
    const globalUrn = new Growable(n + expected);
    const arrivedAll = new Growable(n);
    const commUrn: Growable[] = [];
    const commArrived: Growable[] = [];
    for (let c = 0; c < C; c++) {
      commUrn.push(new Growable(16));
      commArrived.push(new Growable(16));
    }
    const lastPicker = new Int32Array(n).fill(-1);
    const order = rng.shuffle(Uint32Array.from({ length: n }, (_, i) => i));

    for (let a = 0; a < n; a++) {
      const u = order[a]!;
      const cu = community[u]!;
      const kf = p.meanFollowing * outDegreeFactor[u]!;
      let k = Math.floor(kf) + (rng.next() < kf - Math.floor(kf) ? 1 : 0);
      lastPicker[u] = u; // never follow oneself
      let attempts = 0;
      while (k > 0 && attempts < 4 * k + 20) {
        attempts++;
        let v: number;
        let reason: number;
        if (bIds.length > 0 && rng.next() < p.audienceShare) {
          v = bIds[rng.pickCumulative(bCum)]!;
          reason = FollowReason.audience;
        } else {
          const local = rng.next() < p.homophily;
          const urn = local ? commUrn[cu]! : globalUrn;
          const arrived = local ? commArrived[cu]! : arrivedAll;
          if (arrived.length === 0) {
            v = rng.int(n); // nobody has arrived in scope yet: anyone
          } else if (rng.next() < p.uniformMix) {
            v = arrived.data[rng.int(arrived.length)]!;
          } else {
            v = urn.data[rng.int(urn.length)]!;
          }
          reason = community[v] === cu ? FollowReason.community : FollowReason.global;
        }
        if (lastPicker[v] === u) continue;
        lastPicker[v] = u;
        k--;
        push(u, v, reason);
        globalUrn.push(v);
        commUrn[community[v]!]!.push(v);
        if (reason !== FollowReason.audience && rng.next() < p.reciprocity) push(v, u, FollowReason.reciprocal);
      }
      globalUrn.push(u);
      arrivedAll.push(u);
      commUrn[cu]!.push(u);
      commArrived[cu]!.push(u);
    }
    return { edges, reason: reasonArr, community };
  },
});

/** A growable Uint32Array list. */
class Growable {
  data: Uint32Array;
  length = 0;
  constructor(cap: number) {
    this.data = new Uint32Array(Math.max(4, cap));
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const d = new Uint32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = x;
  }
}
