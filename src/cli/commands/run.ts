/**
 * `goodhart run <scenario>`: simulate a scenario and write its results directory atomically.
 */
import type { Command } from '../args.js';
import { SCENARIO_POSITIONAL, SIM_OPTIONS, outDir, reproduceCommand, runConfigFromArgs } from '../sim-options.js';
import { simulate } from '../../engine/simulate.js';
import { assertWritableTarget, writeDirAtomically } from '../../io/atomic-dir.js';
import { manifest } from '../../pipeline/manifest.js';
import { agentsCsv, ticksCsv } from '../../pipeline/agents-table.js';
import { progress } from '../progress.js';

export const runCommand: Command = {
  name: 'run',
  summary: 'simulate a scenario and write manifest.json, agents.csv and ticks.csv',
  positionals: [SCENARIO_POSITIONAL],
  options: SIM_OPTIONS,
  examples: ['goodhart run attention-vs-influence --seed 7', 'goodhart run attention-vs-influence --agents 20000 --ticks 50 --out /tmp/big'],
  async run(args) {
    const { scenario, config } = runConfigFromArgs(args);
    const dir = outDir(args, scenario.id, config.seed);
    assertWritableTarget(dir);
    const bar = progress(`simulating ${scenario.id}`, args.options.quiet as boolean);
    const result = simulate(config, { onTick: (d, t) => bar.update(d, t, 'ticks') });
    bar.stop();
    const files = new Map<string, string>([
      ['agents.csv', agentsCsv(result)],
      ['ticks.csv', ticksCsv(result)],
    ]);
    files.set('manifest.json', manifest({ command: reproduceCommand('run', args), seed: config.seed, parameters: config, outputs: [...files.keys(), 'manifest.json'] }));
    const written = writeDirAtomically(dir, files);
    console.log(`${scenario.title}: ${result.final.observation.n} accounts, ${result.final.observation.follows.m} follows, ${config.ticks} ticks`);
    console.log(`results: ${written}`);
    return 0;
  },
};
