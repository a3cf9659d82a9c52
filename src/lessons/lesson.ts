/**
 * The lesson contract: a small classroom scenario (a few hundred agents, seconds to run) that makes
 * one point (docs/lessons.md lists them), with the one chart that makes it
 * and a question for the class. One file per lesson in src/lessons, one line in its registry.
 *
 *   lesson.defaults + seed ─▶ RunConfig ─▶ simulate ─▶ truth (IC, RIS) + scores on the final
 *   snapshot ─▶ lesson.analyse ─▶ facts (numbers the point rests on), `holds`, the point's chart
 */
import type { TopLevelSpec } from 'vega-lite';
import type { RunConfig } from '../engine/config.js';
import type { SimulationResult, Snapshot } from '../engine/simulate.js';
import type { ScenarioDefaults } from '../engine/config.js';
import type { TruthEstimate } from '../truth/truth-model.js';

/** A simulated lesson world with what every lesson needs to analyse it. */
export interface LessonWorld {
  readonly seed: number;
  readonly config: RunConfig;
  readonly result: SimulationResult;
  /** True influence at the final snapshot. */
  readonly truth: TruthEstimate;
  /** Scores at the final snapshot, by scorer id (the lesson's `scorers`, in order). */
  readonly scores: ReadonlyMap<string, Float64Array>;
  /** True influence at any snapshot (computed on first use, then kept; drawn from the same stream as `goodhart run`'s truth: src/streams.ts). */
  truthAt(snapshot: Snapshot): TruthEstimate;
}

/** What a lesson's analysis found. */
export interface LessonFinding {
  /** True when the point holds in this world. */
  readonly holds: boolean;
  /** One or two sentences stating what this run shows, with its numbers. */
  readonly summary: string;
  /** The numbers the point rests on (named, documented in the lesson file). */
  readonly facts: Readonly<Record<string, number>>;
  /** The one chart that makes the point. */
  readonly chart: TopLevelSpec;
  /**
   * An optional playable part shown after the chart (e.g. the decay game): a heading, a sentence
   * saying what to do, and a self-contained HTML fragment (inline script allowed, no network).
   */
  readonly interactive?: { readonly heading: string; readonly text: string; readonly html: string } | undefined;
}

/** A classroom lesson. */
export interface Lesson {
  /** kebab-case id: `goodhart lesson <id>`. */
  readonly id: string;
  readonly title: string;
  /** The point, one sentence (the claim the lesson's test checks). */
  readonly point: string;
  /** What happens in this little world, a short paragraph. */
  readonly story: string;
  /** "What to ask the class": a short paragraph of questions. */
  readonly ask: string;
  /** The seed the lesson is shown with (its point is tested at this seed). */
  readonly seed: number;
  /** World settings (resolved like a scenario's defaults; keep agents ≤ a few hundred). */
  readonly defaults: ScenarioDefaults;
  /**
   * One plain-language sentence per fact key, shown to the class instead of the key: `{}` stands
   * for the value, `{%}` for a share in [0, 1] written as a percentage (src/lessons/facts.ts).
   */
  readonly factText: Readonly<Record<string, string>>;
  /** Scorers computed on the final snapshot; the first sizes the network picture (and the explorer's view). */
  readonly scorers: readonly string[];
  /**
   * The explorer preset the lesson page links to (src/lessons/explorer-link.ts): a registered
   * scenario with the same attacks as the lesson's world (the link sets every parameter that
   * differs), and the question shown above the explorer's views, one sentence.
   */
  readonly explorer: { readonly scenario: string; readonly question: string };
  /** Read the facts off the world and draw the point's chart. */
  analyse(world: LessonWorld): LessonFinding;
}
