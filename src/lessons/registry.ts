/** Every classroom lesson, one line each, in teaching order. `goodhart lessons` runs them all. */
import { makeRegistry } from '../registry.js';
import type { Lesson } from './lesson.js';
import { attentionIsNotInfluence } from './attention-is-not-influence.js';
import { silentMajority } from './silent-majority.js';
import { boughtFollowers } from './bought-followers.js';
import { followBackFarming } from './follow-back-farming.js';
import { algorithmChange } from './algorithm-change.js';
import { alisterBait } from './alister-bait.js';
import { perks } from './perks.js';
import { consentAndMinors } from './consent-and-minors.js';
import { goodhartDecayGame } from './goodhart-decay.js';

/** The lesson registry (ids unique, in teaching order). */
export const LESSON_REGISTRY = makeRegistry<Lesson>('lesson', [
  attentionIsNotInfluence,
  silentMajority,
  boughtFollowers,
  followBackFarming,
  algorithmChange,
  alisterBait,
  perks,
  consentAndMinors,
  goodhartDecayGame,
]);

/** Every lesson, in teaching order. */
export const LESSONS: readonly Lesson[] = LESSON_REGISTRY.list;

/** Look up a lesson by id; throws UnknownNameError listing the known ids. */
export function getLesson(id: string): Lesson {
  return LESSON_REGISTRY.get(id);
}
