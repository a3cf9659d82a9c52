/**
 * runGauntlet's in-process option (for Deno / the notebooks, where worker threads cannot load
 * TypeScript through tsx) gives exactly the worker pool's result on the smoke suite.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runGauntlet, type GauntletScorer } from '../../src/gauntlet/run.js';
import { parseScorerRef } from '../../src/gauntlet/scorer-ref.js';
import { getSuite } from '../../src/gauntlet/suites/registry.js';
import { ROOT } from '../helpers/cli.js';

const scorers: GauntletScorer[] = [
  { ref: parseScorerRef('follower-count'), info: { id: 'follower-count', version: '1', family: 'attention' } },
  {
    ref: parseScorerRef(join(ROOT, 'notebooks', 'scorers', 'reach-per-attention.ts')),
    info: { id: 'reach-per-attention', version: '1', family: 'user' },
  },
];

it('in-process and worker-thread runs of the smoke suite give identical results', async () => {
  const suite = getSuite('smoke');
  const inProcess = await runGauntlet(suite, scorers, { inProcess: true });
  const workers = await runGauntlet(suite, scorers, { concurrency: 2 });
  expect(inProcess.map((r) => r.failures)).toEqual([[], []]);
  expect(inProcess[0]!.attacks).toHaveLength(suite.attacks.length);
  expect(inProcess).toEqual(workers);
}, 120_000);
