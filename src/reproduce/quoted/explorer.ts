/**
 * The numbers of docs/explorer.md, registered by their exact text (src/reproduce/figure.ts): a declared
 * range, the browser test's timings and the classroom activities' figures (lessons' facts).
 */
import { figureBuilders } from './builders.js';

const { notResult, pending } = figureBuilders('docs/explorer.md');

/** The registered figures of docs/explorer.md. */
export const EXPLORER_DOC = [
  notResult(
    '| share of gamers, of broadcasters | `roles.gamer`, `roles.broadcaster` | the declared range (0 … 0.5) |',
    'the declared range of roles.gamer and roles.broadcaster (goodhart params), not a result',
  ), // line 52
  pending(
    'shared with other jobs: 2.4 s for 2,000 accounts (1.5 s of it in the worker) and 4.2 s for 5,000',
    'a timing printed by `npx vitest run tests/browser/explorer.test.ts` (the registry takes only bench or CI commands as measured-by)',
  ), // line 108
  pending(
    '(3.2 s in the worker); under heavier load (load average about 50) the same test printed 9.5 s and',
    'a timing printed by `npx vitest run tests/browser/explorer.test.ts` (the registry takes only bench or CI commands as measured-by)',
  ), // line 109
  pending(
    '7.2 s. Most of the time is the simulation and the truth estimate in the worker; the page stays',
    'a timing printed by `npx vitest run tests/browser/explorer.test.ts` (the registry takes only bench or CI commands as measured-by)',
  ), // line 110
  pending(
    'messages moves 7.3 people; the most influential person moves 21.1). At seed 2 the top',
    "from `goodhart lesson attention-is-not-influence` (facts.json, seeds 1–3; checked by running them): the top broadcaster's true influence and the largest; no reproduce recipe for lesson facts yet",
  ), // line 145
  pending(
    '- **What they should see:** with the bait the baiters sit at 95.8 out of 100 by the Klout-like',
    "from `goodhart lesson alister-bait` (facts.json, seed 1; checked by running it): the baiters' percentiles with and without the bait; no reproduce recipe for lesson facts yet",
  ), // line 160
  pending(
    'score (100 = the top) and 95.6 by the Kred-like score; without it, 62.7 and 44.1. By followers',
    "from `goodhart lesson alister-bait` (facts.json, seed 1; checked by running it): the baiters' percentiles with and without the bait; no reproduce recipe for lesson facts yet",
  ), // line 161
  pending(
    'they sit at 44.2 with the bait and 44.1 without, and by true influence at 32.4 and 32.8: the 34',
    "from `goodhart lesson alister-bait` (facts.json, seed 1; checked by running it): the baiters' percentiles with and without the bait; no reproduce recipe for lesson facts yet",
  ), // line 162
  pending(
    "- **What they should see (seed 1):** the score's validity is 0.224 before it is deployed. Staying",
    "the team game of `goodhart lesson goodhart-decay` (facts.json, seed 1; checked by running it): validity and shares along the game's 27 paths; no reproduce recipe for the game yet",
  ), // line 177
  pending(
    "organic all three rounds ends at 0.133 with 17% of the others gaming and the class's best",
    "the team game of `goodhart lesson goodhart-decay` (facts.json, seed 1; checked by running it): validity and shares along the game's 27 paths; no reproduce recipe for the game yet",
  ), // line 178
  pending(
    'account at number 74; renting engagement every round ends at 0.022 with 34% of the others',
    "the team game of `goodhart lesson goodhart-decay` (facts.json, seed 1; checked by running it): validity and shares along the game's 27 paths; no reproduce recipe for the game yet",
  ), // line 179
  pending(
    'gaming and the class at number 2; buying followers every round ends at 0.069. All 27 endings',
    "the team game of `goodhart lesson goodhart-decay` (facts.json, seed 1; checked by running it): validity and shares along the game's 27 paths; no reproduce recipe for the game yet",
  ), // line 180
  pending(
    'are below 0.224 (from −0.025 to 0.215). The validity falls even when the class stays honest:',
    "the team game of `goodhart lesson goodhart-decay` (facts.json, seed 1; checked by running it): validity and shares along the game's 27 paths; no reproduce recipe for the game yet",
  ), // line 181
];
