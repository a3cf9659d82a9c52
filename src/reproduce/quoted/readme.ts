/**
 * The figures README.md quotes, registered by their exact text (src/reproduce/figure.ts).
 */
import { figureBuilders } from './builders.js';

const { reproduced, measured, notResult } = figureBuilders('README.md');
const CI_TIMES = 'CI=true bash .ci/run (the per-file times of a CI run)';
const CI = 'the confidence level of an interval';

/** The registered figures of README.md. */
export const README_DOC = [
  reproduced(
    'readme-nephew-rank-v1',
    'the nephew climbs from 12th to 4th',
    { scenario: 'algorithm-change', claim: 'nephew-climbs', key: 'v1', precision: 'report' },
    { seeds: [1], rule: 'per-seed', quoted: [12], digits: 0, interval: 'bootstrap' },
  ),
  reproduced(
    'readme-nephew-rank-v2',
    'the nephew climbs from 12th to 4th',
    { scenario: 'algorithm-change', claim: 'nephew-climbs', key: 'v2', precision: 'report' },
    { seeds: [1], rule: 'per-seed', quoted: [4], digits: 0, interval: 'bootstrap' },
  ),
  notResult('replicates, with means and 95%', CI),
  notResult('the simulated value with a 95%', CI),
  measured('references, contract tests | ≈ 0.7 min (1,446', CI_TIMES),
  measured('gauntlet end to end | ≈ 1.7 min (173', CI_TIMES),
  measured('that the two workers share, takes 1.2', CI_TIMES),
  measured('gauntlet CI example | ≈ 4.9 min (517', CI_TIMES),
  measured('a 50,000-account report | ≈ 3.3 min (48', CI_TIMES),
  measured('committed outputs checked | ≈ 0.5', CI_TIMES),
  measured('2,193 tests, vitest 14 min 21 s', CI_TIMES),
  measured("the tiers' sum, 11.1 min", CI_TIMES),
  measured('15 min 9 s with its', CI_TIMES),
  measured('took 15 min 9 s\nof vitest (15 min 52 s in all)', CI_TIMES),
  measured(
    'each start costs about 2 s of CPU',
    'node bin/goodhart.mjs --version under /usr/bin/time (user + system), in CI=true bash .ci/run conditions',
  ),
];
