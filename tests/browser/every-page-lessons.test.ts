/**
 * Every page Goodhart writes, in headless Chromium at 1366 × 768: the lesson pages, the all-lessons page, the gauntlet report and the leaderboard
 * (the checks are in every-page-suite.ts; the other group is in every-page-runs.test.ts).
 */
import { everyPageSuite } from './every-page-suite.js';

everyPageSuite('lessons');
