/**
 * The name of every random stream, in one place. Each stream is a child of the root seed
 * (`SeedTree.stream(name)` in src/rng.ts) or of another stream's full key; its draws depend only on
 * the root seed and its name. Renaming a stream re-draws every result that reads it, so these are
 * the names the outputs have always been drawn from, and every stream is made from a name here.
 *
 * Convention: `:` joins a concern to its instance (`attack:<i>:<id>`, `truth:<tick>`,
 * `dynamics:boost`, `truth-sweep:<budget>`); `/` goes from a stream to its sub-streams (the
 * replicates `a`/`b` of a truth estimate, tick `t<tick>` and chunk `c<k>` of a parallel job).
 * Source: the named-stream design of src/rng.ts (one root seed, independent named children).
 */

/** A snapshot as far as its truth stream is concerned: its tick, and whether it is the run's last. */
export interface TruthSnapshot {
  /** Tick of the snapshot (0-based). */
  readonly tick: number;
  /** True for the run's final snapshot (the one truth.csv is written from). */
  readonly final: boolean;
}

/** Which of the two independent truth estimates: `a` is written and drives drift, `b` only gives the noise ceiling. */
export type TruthReplicate = 'a' | 'b';

/** Stream names, children of the root seed. */
export const streams = {
  /** Agents' hidden traits (src/engine/build-world.ts). */
  agents: 'agents',
  /** The initial follow graph (graph generators). */
  graph: 'graph',
  /** Hidden tie strengths of the initial follows. */
  ties: 'ties',
  /** Platform actions of the world (follow-backs and replies to gaming actions). */
  actions: 'actions',
  /** Who posts each tick. */
  activity: 'activity',
  /** New organic follows each tick. */
  follows: 'follows',
  /** Prefix of the per-tick, per-chunk cascade streams (see {@link cascadeChunkStream}). */
  cascades: 'cascades',
  /** Layout of a lesson's network picture. */
  layout: 'layout',
  /** Truth behind a gauntlet cell's measures. */
  gauntletTruth: 'gauntlet-truth',
  /** goodhart-decay: the players' traits. */
  dynamics: 'dynamics',
  /** goodhart-decay: the strategies' own draws. */
  dynamicsStrategies: 'dynamics:strategies',
  /** goodhart-decay: boosts. */
  dynamicsBoost: 'dynamics:boost',
  /** goodhart-decay: imitation between players. */
  dynamicsImitation: 'dynamics:imitation',
  /** A sweep's Latin-hypercube samples, a child of the experiment's own `lhs.seed` (src/sweep/lhs.ts). */
  sweepLhs: 'sweep-lhs',
  /** The i-th attack of a run (0-based index in the run's attack list) with registered id `id`. */
  attack(index: number, id: string): string {
    return `attack:${index}:${id}`;
  },
  /**
   * True influence at a snapshot: `truth/a` (and its replicate `truth/b`) at the final snapshot,
   * `truth:<tick>/a` at an earlier one. The CLI (run, truth), the API and the lessons all draw from these.
   */
  truth(snapshot: TruthSnapshot, replicate: TruthReplicate = 'a'): string {
    return snapshot.final ? `truth/${replicate}` : `truth:${snapshot.tick}/${replicate}`;
  },
  /** True influence at the end of a budget-sweep run with the swept attack at `budget`. */
  truthSweep(budget: number): string {
    return `truth-sweep:${budget}`;
  },
  /** The null model a scenario claim is compared with (e.g. a Gaussian copula), for claim `claimId`. */
  claimNull(claimId: string): string {
    return `claim-null:${claimId}`;
  },
  /**
   * The percentile bootstrap of one summarised cell's interval over seeds (src/drift/summary.ts),
   * `cell` naming it (scenario, tick, scorer, measure); a child of the cell's smallest seed.
   */
  intervalBootstrap(cell: string): string {
    return `interval-bootstrap:${cell}`;
  },
  /**
   * The percentile bootstrap of one group of the sweep report (src/sweep/report/aggregate.ts): one
   * measure × scorer at one setting of the kept swept parameters, `group` naming it; a child of
   * the sweep's smallest seed.
   */
  sweepIntervalBootstrap(group: string): string {
    return `interval-bootstrap:sweep:${group}`;
  },
  /** `goodhart calibrate`: the cascade samples of a world, or the bootstrap of target `what` (src/pipeline/calibration.ts). */
  calibration(what: string): string {
    return `calibration:${what}`;
  },
  /** `goodhart reproduce`: the bootstrap of quoted figure `id`'s interval over fresh seeds. */
  reproduce(id: string): string {
    return `reproduce:${id}`;
  },
  /** goodhart-decay: true influence at tick `tick`. */
  dynamicsTruth(tick: number): string {
    return `dynamics-truth/tick-${tick}`;
  },
} as const;

/** The stream of cascade chunk `c` at tick `tick`, a child of the full key `cascadesKey` of {@link streams.cascades}. */
export function cascadeChunkStream(cascadesKey: string, tick: number, c: number): string {
  return `${cascadesKey}/t${tick}/c${c}`;
}

/** The stream of RR-set chunk `k` of a truth estimate, a child of that estimate's full key. */
export function risChunkStream(truthKey: string, k: number): string {
  return `${truthKey}/c${k}`;
}

/**
 * The stream an adaptive attack draws from while it plays strategy `strategyId`: the stream the fixed
 * attack would have had in the same slot (`…/attack:<i>:adaptive` → `…/attack:<i>:<strategy>`),
 * else a child `<key>/<strategy>`.
 */
export function adaptiveStrategyStream(adaptiveKey: string, strategyId: string): string {
  return adaptiveKey.endsWith(':adaptive') ? `${adaptiveKey.slice(0, -':adaptive'.length)}:${strategyId}` : `${adaptiveKey}/${strategyId}`;
}

/** The stream of an adaptive attack's rehearsal of strategy `strategyId` from tick `tick`, a child of its own key. */
export function rehearsalStream(attackKey: string, strategyId: string, tick: number): string {
  return `${attackKey}/rehearse/${strategyId}/${tick}`;
}
