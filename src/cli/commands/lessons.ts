/**
 * `goodhart lessons`: list the classroom lessons (id, title, the point in one line);
 * `goodhart lessons --all`: run every lesson and write one report with all of them.
 */
import type { Command } from '../args.js';
import { wrapWords } from '../text-table.js';
import { ParameterError } from '../../errors.js';
import { LESSONS } from '../../lessons/registry.js';
import { LESSON_OPTIONS, writeLessons } from './lesson-options.js';

/** The lesson list as text lines: id, title, and the lesson's point on the next line. */
export function lessonList(): string[] {
  const w = Math.max(...LESSONS.map((l) => l.id.length)) + 2;
  const lines: string[] = [];
  for (const l of LESSONS) lines.push(`${l.id.padEnd(w)}${l.title}`, ...wrapWords(l.point, ' '.repeat(w)));
  lines.push('', 'Run one: goodhart lesson <id>; run them all into one report: goodhart lessons --all');
  return lines;
}

export const lessonsCommand: Command = {
  name: 'lessons',
  summary: 'list the classroom lessons (id, title, point); with --all, run every one and write one report',
  options: {
    all: { kind: 'bool', description: 'run every lesson and write one report (default: only list them)', default: false },
    ...LESSON_OPTIONS,
  },
  examples: ['goodhart lessons', 'goodhart lessons --all', 'goodhart lessons --all --out class'],
  async run(args) {
    if (args.options.all === true) return writeLessons('lessons', LESSONS, args, 'results/lessons');
    for (const o of ['seed', 'out'] as const)
      if (args.options[o] !== undefined) throw new ParameterError(`--${o}`, args.options[o], 'only with --all (listing writes nothing)');
    for (const o of ['force', 'quiet'] as const)
      if (args.options[o] === true) throw new ParameterError(`--${o}`, true, 'only with --all (listing writes nothing)');
    for (const line of lessonList()) console.log(line);
    return 0;
  },
};
