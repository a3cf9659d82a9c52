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
  measured('references, contract tests | ≈ 0.3', CI_TIMES),
  measured('gauntlet end to end | ≈ 1.8', CI_TIMES),
  measured('adaptive-dominance file alone takes 2.4', CI_TIMES),
  measured('gauntlet CI example | ≈ 8.3', CI_TIMES),
  measured('a 50,000-account report | ≈ 3.3', CI_TIMES),
  measured('committed outputs checked | ≈ 0.9', CI_TIMES),
];
