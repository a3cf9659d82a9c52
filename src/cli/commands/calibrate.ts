/**
 * `goodhart calibrate [scenario] [--preset calibrated] [--seeds 1..5] [--agents N]`: simulate the
 * scenario's world (default: baseline) on each seed and print, per calibration target, the
 * published value and its source, the simulated mean with a 95% interval over seeds, the pass band
 * and pass/fail (src/pipeline/calibration.ts). Writes no file.
 *
 *   argv ─▶ 1. check (scenario, seeds, settings) ─▶ 2. simulate each seed ─▶ 3. statistics ─▶ 4. print
 */
import type { Command } from '../args.js';
import { SIM_OPTIONS, SCENARIO_POSITIONAL, runConfigFromArgs } from '../sim-options.js';
import { progress } from '../progress.js';
import { parseSeeds } from '../../pipeline/seed-list.js';
import { calibrate, calibrationTable } from '../../pipeline/calibration.js';

export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: "compare a world's reciprocity, degree tails, clustering, participation and cascades with published data",
  positionals: [{ ...SCENARIO_POSITIONAL, description: `${SCENARIO_POSITIONAL.description} (default here: baseline)` }],
  options: {
    seeds: {
      kind: 'text',
      description: 'seeds of the worlds measured: a range 1..5 or a list 1,2,5 (default 1..3)',
      default: '1..3',
      placeholder: 'A..B',
    },
    agents: SIM_OPTIONS.agents,
    ticks: SIM_OPTIONS.ticks,
    generator: SIM_OPTIONS.generator,
    preset: SIM_OPTIONS.preset,
    set: SIM_OPTIONS.set,
    config: SIM_OPTIONS.config,
    quiet: SIM_OPTIONS.quiet,
  },
  examples: [
    'goodhart calibrate --preset calibrated',
    'goodhart calibrate --preset calibrated --seeds 1..10 --agents 8000',
    'goodhart calibrate                      (the default world: see which targets it misses)',
    'goodhart run silent-majority --preset calibrated --seeds 1..3   (a scenario, calibrated)',
  ],
  async run(args) {
    // 1. Check everything before any work: the scenario defaults to baseline (no attacks).
    const a = args.positionals.length > 0 || args.options.config !== undefined ? args : { ...args, positionals: ['baseline'] };
    const seeds = parseSeeds(String(args.options.seeds));
    const configs = seeds.map((s) => runConfigFromArgs(a, s).config);
    // 2-3. Simulate and measure each seed.
    const bar = progress(`calibrate ${configs[0]!.scenario}`, args.options.quiet as boolean);
    const rows = calibrate(configs, (done) => bar.update(done, seeds.length, 'seeds'));
    bar.stop();
    // 4. Print.
    const c = configs[0]!;
    const preset = args.options.preset !== undefined ? `, preset ${String(args.options.preset)}` : '';
    console.log(`${c.scenario}: ${c.agents} agents, ${c.ticks} ticks${preset}, seeds ${seeds.join(',')}\n`);
    process.stdout.write(calibrationTable(rows));
    return 0;
  },
};
