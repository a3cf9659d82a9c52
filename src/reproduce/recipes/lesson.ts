/**
 * Recipe kind `lesson`: a number a lesson's page states, from the lesson's own code: its world
 * (`lessonWorld`, the simulation and truth `goodhart lesson` runs) and its analysis (`analyse`:
 * the facts the page prints and whether the point held). The network picture's layout is not run.
 */
import { getLesson } from '../../lessons/registry.js';
import { LESSON_TRUTH_PRECISION, lessonWorld } from '../../lessons/run-lesson.js';
import type { LessonRecipe } from '../figure.js';
import { HOLDS_KEY } from './claim.js';
import type { RecipeKind, RunValues } from './kind.js';

/** Every fact of the lesson on `seed`, and `$holds` (1 when its point held). */
function runLessonFacts(r: LessonRecipe, seed: number): RunValues {
  const lesson = getLesson(r.lesson);
  const finding = lesson.analyse(lessonWorld(lesson, seed));
  return new Map([...Object.entries(finding.facts), [HOLDS_KEY, finding.holds ? 1 : 0]]);
}

/** `lesson`: `facts[key]` × scale, or `$holds`. */
export const lessonKind: RecipeKind<LessonRecipe> = {
  world: (r, seed) => `lesson|${r.lesson}|${seed}`,
  run: runLessonFacts,
  pick: (r, v) => [(v.get(r.key) ?? Number.NaN) * (r.scale ?? 1)],
  label: (r) => ({ source: r.lesson, item: 'lesson', measure: r.key, precision: LESSON_TRUTH_PRECISION }),
};
