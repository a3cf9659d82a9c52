/** Classroom lessons (re-exports only). See docs/lessons.md. */
export type { Lesson, LessonFinding, LessonWorld } from './lesson.js';
export { LESSONS, getLesson } from './registry.js';
export { LESSON_TRUTH_PRECISION, lessonWorld, runLesson, type LessonResult, type RunLessonOptions } from './run-lesson.js';
export { lessonReportFiles, lessonReportInput } from './report.js';
export { seededLayout, type Layout, type LayoutOptions } from './layout.js';
