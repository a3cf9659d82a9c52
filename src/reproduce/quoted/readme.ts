/**
 * The figures README.md quotes, registered by their exact text (src/reproduce/figure.ts).
 */
import { figureBuilders } from './builders.js';

const { reproduced, measured, notResult, pending } = figureBuilders('README.md');
const CI_TIMES = 'CI=true bash .ci/run (the per-file times of a CI run)';
const CI = 'the confidence level of an interval';
const STARTUPS = '108 child-process start-ups × 2.1 s of CPU ÷ 2 workers (tests/helpers/cli-in-process.ts)';

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
  measured('adaptive-dominance check takes 2.4', CI_TIMES),
  measured('gauntlet CI example | ≈ 6.4', `${CI_TIMES}, less ${STARTUPS}`),
  pending(
    'costing 2.1 s of CPU to start',
    'measured by node bin/goodhart.mjs --version under /usr/bin/time (user + system); no bench command yet',
  ),
  measured('an estimated 13.9 min', `vitest 15 min 44 s of ${CI_TIMES}, less ${STARTUPS}`),
  notResult('load average was about 30', 'the load of the shared machine while measuring (uptime)'),
  measured('a 50,000-account report | ≈ 3.3', CI_TIMES),
  measured('committed outputs checked | ≈ 0.9', CI_TIMES),
];
