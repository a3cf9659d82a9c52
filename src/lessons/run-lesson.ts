/**
 * Running a lesson: build its world from the seed, simulate, estimate true influence, score,
 * analyse, and lay out the network picture.
 *
 *   1. RunConfig from the lesson's defaults and the seed (checked like any scenario's);
 *   2. simulate (deterministic in the config);
 *   3. truth at the final snapshot: IC spread by reverse-influence sampling, from `goodhart run`'s stream `truth/a` (src/streams.ts);
 *   4. scores of the lesson's scorers on the final Observation;
 *   5. the lesson's analysis (facts, holds, chart);
 *   6. the network picture: seeded ForceAtlas2 layout, size by the first scorer beside size by truth.
 * Reference: Kempe, Kleinberg & Tardos (2003) for the truth; Jacomy et al. (2014) for the layout.
 */
import type { TopLevelSpec } from 'vega-lite';
import { resolveRunConfig } from '../engine/config.js';
import { simulate, type Snapshot } from '../engine/simulate.js';
import { getScorer } from '../metrics/registry.js';
import { truthAt } from '../truth/snapshot-truth.js';
import type { TruthEstimate } from '../truth/truth-model.js';
import { networkPictureChart, networkPictureData } from '../charts/network-picture.js';
import { seededLayout } from './layout.js';
import type { Lesson, LessonFinding, LessonWorld } from './lesson.js';

/** Relative precision of the lessons' truth estimates (RMS standard error / mean). */
export const LESSON_TRUTH_PRECISION = 0.02;

/** Everything a lesson run produced. */
export interface LessonResult {
  readonly lesson: Lesson;
  readonly world: LessonWorld;
  readonly finding: LessonFinding;
  /** Network picture spec (size by the lesson's first scorer | size by truth). */
  readonly picture: TopLevelSpec;
  /** Wall-clock milliseconds the run took (not written to any file: outputs stay byte-identical). */
  readonly millis: number;
}

/** Options of {@link runLesson}. */
export interface RunLessonOptions {
  /** Root seed, a non-negative integer (default: the lesson's own seed). */
  seed?: number;
  /** Layout iterations (default 300). */
  layoutIterations?: number;
}

/** Build and simulate a lesson's world, with truth and scores (steps 1-4). */
export function lessonWorld(lesson: Lesson, seed = lesson.seed): LessonWorld {
  const config = resolveRunConfig({ id: `lesson:${lesson.id}`, defaults: lesson.defaults }, { seed });
  const result = simulate(config);
  const cache = new Map<number, TruthEstimate>();
  const truthAtSnapshot = (s: Snapshot): TruthEstimate => {
    let t = cache.get(s.tick);
    if (!t) {
      t = truthAt(s, seed, { precision: LESSON_TRUTH_PRECISION });
      cache.set(s.tick, t);
    }
    return t;
  };
  const truth = truthAtSnapshot(result.final);
  const scores = new Map(lesson.scorers.map((id) => [id, getScorer(id).score(result.final.observation)] as const));
  return { seed, config, result, truth, scores, truthAt: truthAtSnapshot };
}

/** Run a lesson end to end (steps 1-6). Deterministic in (lesson, seed). */
export function runLesson(lesson: Lesson, opts: RunLessonOptions = {}): LessonResult {
  const t0 = performance.now();
  const world = lessonWorld(lesson, opts.seed ?? lesson.seed);
  const finding = lesson.analyse(world);
  const { hidden, observation } = world.result.final;
  const layout = seededLayout(observation.follows, world.seed, {
    community: hidden.community,
    ...(opts.layoutIterations ? { iterations: opts.layoutIterations } : {}),
  });
  const scorer = lesson.scorers[0]!;
  const picture = networkPictureChart(
    networkPictureData(observation.follows, layout, hidden.role, world.scores.get(scorer)!, world.truth.estimate),
    { scorer },
  );
  return { lesson, world, finding, picture, millis: performance.now() - t0 };
}
