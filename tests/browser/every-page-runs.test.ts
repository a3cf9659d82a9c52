/**
 * Every page Goodhart writes, in headless Chromium at 1366 × 768: the scenario reports
 * (the checks are in every-page-suite.ts; the other group is in every-page-lessons.test.ts).
 */
import { everyPageSuite } from './every-page-suite.js';

everyPageSuite('runs');
