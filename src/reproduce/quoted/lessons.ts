/**
 * The figures docs/lessons.md quotes, registered by their exact text (src/reproduce/figure.ts).
 * The lessons' figures at their seeds; no recipe regenerates them yet.
 */
import { figureBuilders } from './builders.js';

const { parameter, pending, notResult } = figureBuilders('docs/lessons.md');
const LESSON = 'a lesson figure at its seed (goodhart lesson <id> --seed S); no recipe regenerates it yet';

/** The registered figures of docs/lessons.md. */
export const LESSONS_DOC = [
  notResult('across communities pulls 0.05', "a constant of the lessons' picture layout (crossWeight)"), // line 21
  pending("its community's centre is 0.12", LESSON), // line 23
  pending('distance between centres (0.49', LESSON), // line 24
  pending('who left no public trace: 94%', LESSON), // line 28
  pending('the two baiters go from 62.7', LESSON), // line 65
  pending('to 95.8', LESSON), // line 66
  pending('Klout-like score and from 44.1 to 95.6', LESSON), // line 66
  pending('followers (44.1 → 44.2) and truth (32.8 → 32.4) stay put; the two brands go from 41.6 to 99.8', LESSON), // line 67
  pending('scores with truth unchanged (33.1', LESSON), // line 68
  parameter('`roles.honestConsent` = 0.8) and `minor` (`roles.honestMinor` = 0.06', {
    'roles.honestConsent': 0.8,
    'roles.honestMinor': 0.06,
  }), // line 71
  pending('reads them. At its seed (2), 50 of 240', LESSON), // line 72
  pending('sit in the Klout-like top 10%', LESSON), // line 73
  notResult("dynamics' defaults (top 5%", 'a default of the goodhart-decay dynamics (docs/dynamics.md)'), // line 81
  pending("the score's validity is 0.224", LESSON), // line 95
  pending('after three rounds it is 0.133', LESSON), // line 95
  pending('class stays organic, 0.022', LESSON), // line 96
  pending('engagement every round and 0.069', LESSON), // line 96
  pending('are below the start (mean 0.083', LESSON), // line 97
  pending('share of others gaming from 17% to 34%', LESSON), // line 98
  pending('the point held at 4 of 5', LESSON), // line 99
];
