/**
 * What `goodhart lesson` and `goodhart lessons` share: their options, the seed check, and the run
 * that writes a lessons report directory atomically.
 */
import { parseDecimalInt } from '../../params.js';
import { MAX_SEED } from '../../rng.js';
import type { OptionSpecs, ParsedArgs } from '../args.js';
import { EXPLORER_FILE, explorerHtml } from '../../explorer/index.js';
import { FORCE_OPTION, OUT_RULES, checkOutDir, outTarget, writeResult } from '../../pipeline/out-dir.js';
import type { Lesson } from '../../lessons/lesson.js';
import { lessonReportFiles } from '../../lessons/report.js';
import { runLesson, type LessonResult } from '../../lessons/run-lesson.js';
import { reproduceCommand } from '../sim-options.js';

/** --seed, --out, --force, --quiet. */
export const LESSON_OPTIONS = {
  seed: {
    kind: 'text',
    description: "root seed, 0-2147483647 in decimal digits (default: the lesson's own seed, for which its point is tested)",
    placeholder: 'S',
  },
  out: {
    kind: 'text',
    description: `output directory (default: results/lesson-<name>, or results/lessons with lessons --all); ${OUT_RULES}`,
    placeholder: 'DIR',
  },
  force: FORCE_OPTION,
  quiet: { kind: 'bool', description: "no line per lesson: print only the report's path and the folder", default: false, short: 'q' },
} as const satisfies OptionSpecs;

function seedOf(args: ParsedArgs): number | undefined {
  const raw = args.options.seed;
  if (raw === undefined) return undefined;
  return parseDecimalInt('--seed', raw, 0, MAX_SEED);
}

/** Run the lessons and write report.html, charts, facts.json and manifest.json into the output directory. */
export async function writeLessons(cmd: string, lessons: readonly Lesson[], args: ParsedArgs, defaultOut: string): Promise<number> {
  const seed = seedOf(args);
  const target = outTarget(args.options, cmd, defaultOut);
  checkOutDir(target);
  const quiet = args.options.quiet as boolean;
  const results: LessonResult[] = [];
  for (const lesson of lessons) {
    const r = runLesson(lesson, seed === undefined ? {} : { seed });
    results.push(r);
    if (!quiet)
      console.log(
        `${lesson.title} (seed ${r.world.seed}): ${r.finding.summary}${r.finding.holds ? '' : ' [the point does not hold at this seed]'}`,
      );
  }
  // The explorer page beside the lessons: each lesson's link opens it preset to the lesson's world.
  const explorer = new Map([[EXPLORER_FILE, await explorerHtml()]]);
  const written = writeResult(target, await lessonReportFiles(results, reproduceCommand(cmd, args), explorer));
  console.log(`report: ${written}/report.html`);
  console.log(`wrote ${written}`);
  return 0;
}
