/**
 * The parts of the Klout-like score, computed over a rolling window of the public event log.
 *
 *   events in window ─▶ per-pair weighted counts c(u→v) ─▶ selectivity s(u) = d(u)^-γ
 *        ─▶ True Reach(v)    = Σ_u s(u)                 over unique reactors u of v
 *        ─▶ Amplification(v) = Σ_u s(u)·c(u→v) / (posts(v) + postPrior)
 *        ─▶ Network(v)       = Σ_u s(u)·c(u→v)·r(u),  r = raw / max raw, iterated `rounds` times (r⁰ = 1)
 *        ─▶ raw(v) = wR·ln(1+reach) + wA·ln(1+amp) + wN·ln(1+net) + wV·ln(1+posts+given)
 *        ─▶ each round's raw goes through the tie rule of ../algorithms/snap.ts (rounding ties equal)
 *
 * Reference: Klout's public 2010-2012 descriptions (True Reach, Amplification, Network); Rao et al., IEEE BigData 2015.
 */
import { aggregateInteractions } from '../../model/observe.js';
import type { Observation } from '../../model/observation.js';
import type { KloutParams } from './params.js';
import { snapScores } from '../algorithms/snap.js';
import * as pm from '../../portable-math.js';

/** Per-agent parts of the Klout-like score (Float64Arrays of length n, all ≥ 0). */
export interface KloutComponents {
  /** Selectivity weight of each agent as a reactor, in (0, 1]; 1 for agents who reacted to nobody. */
  readonly selectivity: Float64Array;
  /** True Reach: unique reactors within the window, each weighted by its selectivity. */
  readonly reach: Float64Array;
  /** Amplification: selectivity-weighted, kind-weighted reactions per (post + postPrior). */
  readonly amplification: Float64Array;
  /** Network: reactions weighted by the reactor's own relative raw score (last round). */
  readonly network: Float64Array;
  /** Activity volume: posts plus reactions given within the window. */
  readonly volume: Float64Array;
  /** Combined raw score (before grading on the curve). */
  readonly raw: Float64Array;
}

/** First tick of the rolling window ending at `obs.tick` (inclusive), ≥ 0. */
export function windowStart(obs: Observation, windowTicks: number): number {
  return Math.max(0, obs.tick - windowTicks + 1);
}

/** Compute every part of the Klout-like score for every agent. O(n + rounds·m_window). */
export function kloutComponents(obs: Observation, p: KloutParams): KloutComponents {
  const n = obs.n;
  const from = windowStart(obs, p.windowTicks);
  const ev = obs.events;
  let s = 0;
  while (s < ev.length && ev.tick[s]! < from) s++;
  let e = s;
  while (e < ev.length && ev.tick[e]! <= obs.tick) e++;
  const pairs = aggregateInteractions(n, ev, s, e);
  const { offsets, targets } = pairs.csr;
  const { like, reshare, reply, mention } = pairs.counts;

  // 1. weighted count per pair; self-reactions are ignored.
  const c = new Float64Array(targets.length);
  const distinct = new Uint32Array(n);
  for (let u = 0; u < n; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      if (targets[k] === u) continue;
      c[k] = p.likeWeight * like[k]! + p.reshareWeight * reshare[k]! + p.replyWeight * reply[k]! + p.mentionWeight * mention[k]!;
      if (c[k]! > 0) distinct[u]!++;
    }
  }
  // 2. selectivity discount: a reactor who acts on d distinct accounts counts d^-γ.
  const sel = new Float64Array(n);
  for (let u = 0; u < n; u++) sel[u] = distinct[u]! > 0 ? pm.pow(distinct[u]!, -p.selectivity) : 1;

  // 3. reach, amplification numerator, volume.
  const reach = new Float64Array(n);
  const ampNum = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      if (c[k]! <= 0) continue;
      const v = targets[k]!;
      reach[v]! += sel[u]!;
      ampNum[v]! += sel[u]! * c[k]!;
    }
  }
  const posts = new Float64Array(n);
  const volume = new Float64Array(n);
  for (let i = 0; i < obs.postLog.length; i++) {
    const t = obs.postLog.tick[i]!;
    if (t >= from && t <= obs.tick) posts[obs.postLog.author[i]!]!++;
  }
  for (let i = s; i < e; i++) volume[ev.actor[i]!]!++;
  const amplification = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    volume[v]! += posts[v]!;
    amplification[v] = ampNum[v]! / (posts[v]! + p.postPrior);
  }

  // 4. network: iterate reactions weighted by the reactor's relative raw score.
  const r = new Float64Array(n).fill(1);
  const network = new Float64Array(n);
  const raw = new Float64Array(n);
  for (let round = 0; round < p.rounds; round++) {
    network.fill(0);
    for (let u = 0; u < n; u++) {
      const w = sel[u]! * r[u]!;
      if (w === 0) continue;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) if (c[k]! > 0) network[targets[k]!]! += w * c[k]!;
    }
    for (let v = 0; v < n; v++) {
      raw[v] =
        p.reachWeight * pm.log1p(reach[v]!) +
        p.amplificationWeight * pm.log1p(amplification[v]!) +
        p.networkWeight * pm.log1p(network[v]!) +
        p.volumeWeight * pm.log1p(volume[v]!);
    }
    snapScores(raw); // sums in label order: equal accounts equal bit for bit (tie rule, ../algorithms/snap.ts)
    let max = 0;
    for (let v = 0; v < n; v++) if (raw[v]! > max) max = raw[v]!;
    for (let v = 0; v < n; v++) r[v] = max > 0 ? raw[v]! / max : 0;
  }
  return { selectivity: sel, reach, amplification, network, volume, raw };
}
