/** Every classroom lesson, one line each, in teaching order. `goodhart lessons` runs them all. */
import { UnknownNameError } from '../errors.js';
import type { Lesson } from './lesson.js';
import { attentionIsNotInfluence } from './attention-is-not-influence.js';
import { silentMajority } from './silent-majority.js';
import { boughtFollowers } from './bought-followers.js';
import { followBackFarming } from './follow-back-farming.js';
import { algorithmChange } from './algorithm-change.js';

export const LESSONS: readonly Lesson[] = [
  attentionIsNotInfluence,
  silentMajority,
  boughtFollowers,
  followBackFarming,
  algorithmChange,
];

/** Look up a lesson by id; throws UnknownNameError listing the known ids. */
export function getLesson(id: string): Lesson {
  const l = LESSONS.find((x) => x.id === id);
  if (!l) throw new UnknownNameError('lesson', id, LESSONS.map((x) => x.id));
  return l;
}
