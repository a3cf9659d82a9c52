/** `goodhart lesson <name>`: run one classroom lesson and write its report. */
import type { Command } from '../args.js';
import { LESSONS, getLesson } from '../../lessons/registry.js';
import { LESSON_OPTIONS, writeLessons } from './lesson-options.js';

export const lessonCommand: Command = {
  name: 'lesson',
  summary: 'run one classroom lesson (a small world making one point) and write its report; goodhart lessons lists them',
  positionals: [
    { name: 'name', description: `a lesson id (goodhart lessons lists them with their titles): ${LESSONS.map((l) => l.id).join(', ')}` },
  ],
  options: LESSON_OPTIONS,
  examples: ['goodhart lesson attention-is-not-influence', 'goodhart lesson bought-followers --seed 3 --out lesson-3'],
  async run(args) {
    const lesson = getLesson(args.positionals[0]!);
    return writeLessons('lesson', [lesson], args, `results/lesson-${lesson.id}`);
  },
};
