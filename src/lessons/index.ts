/** Classroom lessons (re-exports only). See docs/lessons.md. */
export type { Lesson, LessonFinding, LessonWorld } from './lesson.js';
export { LESSONS, getLesson } from './registry.js';
export { LESSON_TRUTH_PRECISION, lessonWorld, runLesson, type LessonResult, type RunLessonOptions } from './run-lesson.js';
export { lessonReportFiles, lessonReportInput } from './report.js';
export { seededLayout, type Layout, type LayoutOptions } from './layout.js';
export {
  EXPLORER_PAGE,
  explorerFragment,
  explorerLink,
  explorerState,
  parseExplorerFragment,
  type ExplorerState,
} from './explorer-link.js';
