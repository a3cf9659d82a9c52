/**
 * The numbers of docs/explorer.md, registered by their exact text (src/reproduce/figure.ts): a declared
 * range, the browser test's timings and the classroom activities' figures (lessons' facts).
 */
import { figureBuilders } from './builders.js';

const { measured, notResult, pending } = figureBuilders('docs/explorer.md');

const BENCH = 'npm run bench -- explorer';
const BROWSER_TEST =
  'a wall time printed by `npx vitest run tests/browser/explorer.test.ts` (the registry takes only bench or CI commands as measured-by)';
const TEAMS_TEST =
  'a wall time printed by `npx vitest run tests/browser/decay-teams.test.ts` (the registry takes only bench or CI commands as measured-by)';
const TEAMS =
  'the team game, printed by `npx tsx scripts/decay-teams.ts --seed 1 --teams 4 --accounts 2 --played …` (checked by running it); no reproduce recipe for the team game yet';
const CLASS_GAME =
  "the class game of `goodhart lesson goodhart-decay` (facts.json, seed 1; checked by running it): validity and shares along the game's 27 paths; no reproduce recipe for the game yet";

/** The registered figures of docs/explorer.md. */
export const EXPLORER_DOC = [
  notResult(
    '| share of gamers, of broadcasters | `roles.gamer`, `roles.broadcaster` | the declared range (0 … 0.5) |',
    'the declared range of roles.gamer and roles.broadcaster (goodhart params), not a result',
  ), // line 52
  measured('| 2,000 accounts | 2.9–8.1 s | 1.6–3.3 s | 0.41–0.57 s | 0.46–1.03 s | 0.60–0.88 s |', BENCH), // line 119
  measured('| 5,000 accounts | 13.8–16.7 s | 6.1–7.2 s | 1.42–1.63 s | 1.87–2.62 s | 1.93–2.19 s |', BENCH), // line 120
  pending('(The browser test at the same load printed 6.6 s and 11.1 s.)', BROWSER_TEST), // line 122
  measured('does not inflate: for 2,000 accounts a change costs 1.6–3.3 CPU seconds', BENCH), // line 123
  measured('(the Node reference,\nwhose CPU time counts its garbage-collector threads too, 0.60–0.88 s)', BENCH), // line 125
  measured('used 0.9–1.6 s of CPU together', BENCH), // line 128
  pending('took 1.0–1.4 s (the worker 0.6–0.9 s)', TEAMS_TEST), // line 136
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
  notResult('pays its top 5%', "the decay lesson's deployed score pays its top 5% (the lesson's dynamics setting), not a result"), // line 144
  pending("23 and number 68 on the leaderboard, and the score's validity is 0.224.", TEAMS), // line 251
  pending('teams renting, the validity is 0.087 and 29% of the others game.', TEAMS), // line 256
  pending('three rounds (`--played 0000.0000.0000`) the validity still ends at 0.199 with 19% of the others', TEAMS), // line 257
  pending('gaming; if every team rents every round (`--played 1111.1111.1111`), at 0.069 with 23% gaming and', TEAMS), // line 258
  pending("the score's validity is 0.224 before", CLASS_GAME), // line 261
  pending('it is deployed. Staying organic all three rounds ends at 0.133 with 17% of the others gaming and', CLASS_GAME), // line 262
  pending("the class's best account at number 74; renting engagement every round ends at 0.022 with 34% of", CLASS_GAME), // line 263
  pending('the others gaming and the class at number 2; buying followers every round ends at 0.069. All 27', CLASS_GAME), // line 264
  pending('endings are below 0.224 (from −0.025 to 0.215).', CLASS_GAME), // line 265
];
