/** `goodhart lessons`: run every classroom lesson and write one report with all of them. */
import type { Command } from '../args.js';
import { LESSONS } from '../../lessons/registry.js';
import { LESSON_OPTIONS, writeLessons } from './lesson-options.js';

export const lessonsCommand: Command = {
  name: 'lessons',
  summary: `run every classroom lesson (${LESSONS.map((l) => l.id).join(', ')}) and write one report`,
  options: LESSON_OPTIONS,
  examples: ['goodhart lessons', 'goodhart lessons --out class'],
  async run(args) {
    return writeLessons('lessons', LESSONS, args, 'results/lessons');
  },
};
