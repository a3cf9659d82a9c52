/** Adaptive dominance at budget 400: the claim, set-up and thresholds are in adaptive-dominance.test.ts. */
import { describeDominance } from './adaptive-dominance-check.js';

describeDominance(400);
