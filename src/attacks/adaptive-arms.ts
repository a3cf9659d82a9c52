/**
 * The actions a white-box adaptive attacker chooses among ("arms"), each costing one unit and
 * mirroring one fixed attack's primitive: a bought follow (bought-followers), a bot like, reshare,
 * reply or mention (engaging-bots), a post (volume-spam), a bait at an A-lister (alister-bait), a
 * paid post mentioning the target (perks), a farmed follow (follow-farming) and a pod reaction
 * (engagement-pod). Each arm can (1) describe its public effect as what-if edits, using the
 * reply-back and follow-back rates the attacker has observed so far (public), and (2) act on the world.
 */
import { KIND } from '../model/observation.js';
import type { Rng } from '../rng.js';
import type { WorldActions } from '../engine/world-actions.js';
import type { WhatIfEdits } from './what-if.js';

/** The adaptive attacker's memory, kept across ticks (public facts only). */
export interface AdaptiveMemory {
  /** Round-robin cursors. */
  cursor: number;
  /** Per target (by index): the next bot to follow it. */
  nextBot: number[];
  /** Accounts with the most followers, refreshed at each re-plan. */
  alisters: number[];
  baits: number;
  replies: number;
  /** Farmed follows awaiting a return: [target, account, tick] triples. */
  pending: number[];
  farmed: number;
  returned: number;
  /** Units spent per arm id. */
  spentByArm: Record<string, number>;
  /** Bots that already made their free camouflage follows (as bought-followers' bots do). */
  camouflaged: number[];
  /** Last tick the pod made its free posts (as engagement-pod does). */
  podTick: number;
}

/** Free camouflage follows per bot, as in bought-followers (its default). */
const CAMOUFLAGE = 2;

/** What an arm works with. */
export interface ArmEnv {
  readonly world: WorldActions;
  readonly rng: Rng;
  readonly targets: Uint32Array;
  readonly bots: Uint32Array;
  readonly mem: AdaptiveMemory;
}

/** One action type of the adaptive attacker. */
export interface Arm {
  readonly id: string;
  /** False when the arm cannot act in this world (e.g. a pod needs two targets). */
  available(env: ArmEnv): boolean;
  /** Append the public effect of `k` units (expected where the outcome is someone else's choice). */
  whatIf(env: ArmEnv, k: number, edits: WhatIfEdits): void;
  /** Spend `k` units on the world; returns units spent (≤ k). */
  act(env: ArmEnv, k: number): number;
}

const target = (env: ArmEnv, i: number) => env.targets[i % env.targets.length]!;
/** Observed reply-back rate of A-listers, with a weak prior of 5 %. */
const replyRate = (m: AdaptiveMemory) => (m.replies + 1) / (m.baits + 20);
/** Observed follow-back rate of farmed accounts, with a weak prior of 30 %. */
const returnRate = (m: AdaptiveMemory) => (m.returned + 3) / (m.farmed + 10);

function botReaction(id: string, kind: keyof typeof KIND): Arm {
  return {
    id,
    available: (env) => env.bots.length > 0,
    whatIf(env, k, e) {
      for (let i = 0; i < k; i++) {
        e.actor.push(env.bots[i % env.bots.length]!);
        e.target.push(target(env, i));
        e.kind.push(KIND[kind]);
      }
    },
    act(env, k) {
      for (let i = 0; i < k; i++) env.world.react(env.bots[(env.mem.cursor + i) % env.bots.length]!, target(env, env.mem.cursor + i), kind);
      env.mem.cursor += k;
      return k;
    },
  };
}

/** A farming candidate: of `probes` random accounts, the one with large, balanced counts. */
function farmCandidate(world: WorldActions, rng: Rng, probes = 8): number {
  let best = -1;
  let pick = rng.int(world.base);
  for (let q = 0; q < probes; q++) {
    const c = rng.int(world.base);
    const fo = world.followerCount(c);
    const fi = world.followingCount(c);
    const s = Math.min(fo, fi) / (1 + Math.abs(fo - fi));
    if (s > best) [best, pick] = [s, c];
  }
  return pick;
}

/** Every arm, in tie-break order (earlier wins a tie). */
export const ARMS: readonly Arm[] = [
  {
    id: 'follow',
    available: (env) => env.bots.length > 0,
    whatIf(env, k, e) {
      const T = env.targets.length;
      for (let i = 0; i < k; i++) {
        const j = (env.mem.nextBot[i % T] ?? 0) + Math.floor(i / T);
        if (j >= env.bots.length) continue;
        e.followSrc.push(env.bots[j]!);
        e.followDst.push(target(env, i));
        if (i % T === 0 && !env.mem.camouflaged.includes(j)) {
          for (let c = 0; c < CAMOUFLAGE; c++) {
            e.followSrc.push(env.bots[j]!);
            e.followDst.push((j * 7919 + c * 104729) % env.world.base);
          }
        }
      }
    },
    act(env, k) {
      const T = env.targets.length;
      let spent = 0;
      for (let i = 0; i < k; i++) {
        const ti = env.mem.cursor++ % T;
        const j = env.mem.nextBot[ti] ?? 0;
        if (j >= env.bots.length) continue;
        env.mem.nextBot[ti] = j + 1;
        if (!env.mem.camouflaged.includes(j)) {
          env.mem.camouflaged.push(j);
          for (let c = 0; c < CAMOUFLAGE; c++) env.world.follow(env.bots[j]!, env.rng.int(env.world.base), 'bought');
        }
        if (env.world.follow(env.bots[j]!, env.targets[ti]!, 'bought')) spent++;
      }
      return spent;
    },
  },
  botReaction('like', 'like'),
  botReaction('reshare', 'reshare'),
  botReaction('reply', 'reply'),
  botReaction('mention', 'mention'),
  {
    id: 'post',
    available: () => true,
    whatIf(env, k, e) {
      for (let i = 0; i < k; i++) e.posts.push(target(env, i));
    },
    act(env, k) {
      for (let i = 0; i < k; i++) env.world.post(target(env, env.mem.cursor++));
      return k;
    },
  },
  {
    id: 'bait',
    available: (env) => env.mem.alisters.length > 0,
    whatIf(env, k, e) {
      const back = Math.round(k * replyRate(env.mem));
      for (let i = 0; i < k; i++) {
        const a = env.mem.alisters[i % env.mem.alisters.length]!;
        e.actor.push(target(env, i), ...(i < back ? [a] : []));
        e.target.push(a, ...(i < back ? [target(env, i)] : []));
        e.kind.push(KIND.mention, ...(i < back ? [KIND.reply] : []));
      }
    },
    act(env, k) {
      const m = env.mem;
      for (let i = 0; i < k; i++) {
        const c = m.cursor++;
        if (env.world.solicit(target(env, c), m.alisters[c % m.alisters.length]!, 'mention')) m.replies++;
        m.baits++;
      }
      return k;
    },
  },
  {
    id: 'paid',
    available: (env) => env.mem.alisters.length > 0,
    whatIf(env, k, e) {
      for (let i = 0; i < k; i++) {
        const a = env.mem.alisters[i % env.mem.alisters.length]!;
        e.posts.push(a);
        e.actor.push(a);
        e.target.push(target(env, i));
        e.kind.push(KIND.mention);
      }
    },
    act(env, k) {
      const m = env.mem;
      for (let i = 0; i < k; i++) {
        const c = m.cursor++;
        const a = m.alisters[c % m.alisters.length]!;
        env.world.paidPost(a);
        env.world.react(a, target(env, c), 'mention');
      }
      return k;
    },
  },
  {
    id: 'farm',
    available: () => true,
    whatIf(env, k, e) {
      const back = Math.round(k * returnRate(env.mem));
      for (let i = 0; i < k; i++) {
        const c = farmCandidate(env.world, env.rng);
        e.followSrc.push(target(env, i), ...(i < back ? [c] : []));
        e.followDst.push(c, ...(i < back ? [target(env, i)] : []));
      }
    },
    act(env, k) {
      const m = env.mem;
      for (let i = 0; i < k; i++) {
        const t = target(env, m.cursor++);
        const c = farmCandidate(env.world, env.rng);
        if (c !== t && env.world.follow(t, c, 'farmed')) m.pending.push(t, c, env.world.tick);
      }
      return k;
    },
  },
  {
    id: 'pod',
    available: (env) => env.targets.length >= 2,
    whatIf(env, k, e) {
      const T = env.targets.length;
      if (env.mem.podTick !== env.world.tick) for (const t of env.targets) e.posts.push(t);
      for (let i = 0; i < k; i++) {
        const c = i;
        e.actor.push(env.targets[(c + 1 + (Math.floor(c / T) % (T - 1))) % T]!);
        e.target.push(target(env, c));
        e.kind.push(KIND.like);
      }
    },
    act(env, k) {
      const T = env.targets.length;
      // Free posts, one per member per tick, as engagement-pod members make.
      if (env.mem.podTick !== env.world.tick) {
        env.mem.podTick = env.world.tick;
        for (const t of env.targets) env.world.post(t);
      }
      let spent = 0;
      for (let i = 0; i < k; i++) {
        const c = env.mem.cursor++;
        const actor = env.targets[(c + 1 + (Math.floor(c / T) % (T - 1))) % T]!;
        const to = target(env, c);
        if (actor === to) continue;
        env.world.react(actor, to, 'like');
        spent++;
      }
      return spent;
    },
  },
];

/** Settle farmed follows older than `grace` ticks: count returns, unfollow those not returned. */
export function settleFarming(env: ArmEnv, grace: number): void {
  const m = env.mem;
  const keep: number[] = [];
  for (let i = 0; i < m.pending.length; i += 3) {
    const [t, c, at] = [m.pending[i]!, m.pending[i + 1]!, m.pending[i + 2]!];
    if (env.world.tick - at < grace) {
      keep.push(t, c, at);
      continue;
    }
    m.farmed++;
    if (env.world.follows(c, t)) m.returned++;
    else env.world.unfollow(t, c);
  }
  m.pending = keep;
}
