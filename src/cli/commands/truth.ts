/**
 * `goodhart truth <scenario>`: simulate a scenario, compute every agent's true influence on the
 * final hidden layer, write truth.csv (agent, estimate, stderr) and truth-manifest.json, and print
 * the noise ceiling and the top 10.
 *
 *   argv ─▶ 1. check (scenario, model, precision, --out) ─▶ 2. simulate ─▶ 3. truth twice
 *        (streams truth/a, truth/b: estimate + noise ceiling) ─▶ 4. write the folder atomically
 *        (src/pipeline/out-dir.ts) ─▶ 5. print the summary
 * Files go into their own folder, results/<scenario>/truth-seed-<S>/ (or --out), never into a
 * `goodhart run` result (which holds its own truth.csv, from the same streams).
 */
import { join } from 'node:path';
import type { Command } from '../args.js';
import { SCENARIO_POSITIONAL, SIM_OPTIONS, printGraphNotes, reproduceCommand, runConfigFromArgs, threadsFromArgs } from '../sim-options.js';
import { progress } from '../progress.js';
import { simulate } from '../../engine/simulate.js';
import { OUT_RULES, checkOutDir, outTarget, writeResult } from '../../pipeline/out-dir.js';
import { truthCsv } from '../../pipeline/tables.js';
import { graphFileInput } from '../../graph/generators/from-file.js';
import { roleName } from '../../model/roles.js';
import { streams } from '../../streams.js';
import { VERSION } from '../../version.js';
import { DEFAULT_TRUTH_MODEL, getTruthModel, TRUTH_MODELS } from '../../truth/registry.js';
import { noiseCeiling } from '../../truth/noise-ceiling.js';
import { truthAt } from '../../truth/snapshot-truth.js';
import { DEFAULT_PRECISION, MAX_PRECISION, MIN_PRECISION, checkPrecision, realAgents } from '../../truth/truth-model.js';
import { argsortDescending } from '../../stats/ranks.js';

export const truthCommand: Command = {
  name: 'truth',
  summary: "compute every agent's true influence (with standard errors) on a scenario's final hidden layer; write truth.csv",
  positionals: [SCENARIO_POSITIONAL],
  options: {
    ...SIM_OPTIONS,
    out: { kind: 'text', description: `output directory (default: results/<scenario>/truth-seed-<S>); ${OUT_RULES}`, placeholder: 'DIR' },
    model: { kind: 'enum', description: 'truth model', default: DEFAULT_TRUTH_MODEL, choices: TRUTH_MODELS.map((m) => m.id) },
    'truth-precision': {
      kind: 'number',
      description: 'target relative precision: RMS standard error over real people / their mean truth',
      default: DEFAULT_PRECISION,
      min: MIN_PRECISION,
      max: MAX_PRECISION,
    },
  },
  examples: [
    'goodhart truth attention-vs-influence --seed 7',
    'goodhart truth attention-vs-influence --seed 7 --model lt --truth-precision 0.05',
    'goodhart truth attention-vs-influence --seed 1 --agents 2000 --model removal --out truth-removal',
  ],
  async run(args) {
    // 1. Check everything before any work.
    const { scenario, config } = runConfigFromArgs(args);
    const model = getTruthModel(args.options.model as string);
    const precision = checkPrecision(args.options['truth-precision'] as number, '--truth-precision');
    const target = outTarget(args.options, 'truth', join('results', scenario.id, `truth-seed-${config.seed}`));
    checkOutDir(target);
    printGraphNotes(args);
    const bar = progress(`truth ${scenario.id}`, args.options.quiet as boolean);
    // 2. Simulate.
    const threads = threadsFromArgs(args);
    const t = threads !== undefined ? { threads } : {};
    const result = simulate(config, { onTick: (d, n) => bar.update(d, n, 'ticks'), ...t });
    const hidden = result.final.hidden;
    realAgents(hidden); // a world without real people fails here, before any file is written
    // 3. Two independent estimates: the first is written, the pair gives the noise ceiling.
    const t0 = performance.now();
    const a = truthAt(result.final, config.seed, { model, precision, onProgress: (d, n) => bar.update(d, n, `${model.id} a`), ...t }, 'a');
    const ms = performance.now() - t0;
    const b = truthAt(result.final, config.seed, { model, precision, onProgress: (d, n) => bar.update(d, n, `${model.id} b`), ...t }, 'b');
    const ceiling = noiseCeiling(hidden, a, b);
    bar.stop();
    // 4. Write atomically.
    const labels = result.labels;
    const csv = truthCsv(a, labels);
    const input = graphFileInput(config.generator);
    const manifest = {
      command: reproduceCommand('truth', args),
      version: VERSION,
      scenario: scenario.id,
      seed: config.seed,
      config,
      ...(input ? { input } : {}),
      tick: hidden.tick,
      accounts: hidden.n,
      model: model.id,
      units: a.units,
      streams: [`${streams.truth(result.final, 'a')} (written)`, `${streams.truth(result.final, 'b')} (noise ceiling only)`],
      requestedPrecision: precision,
      achievedPrecision: a.precision,
      converged: a.converged,
      samples: a.samples,
      noiseCeiling: ceiling,
    };
    const written = writeResult(
      target,
      new Map([
        ['truth.csv', csv],
        ['truth-manifest.json', `${JSON.stringify(manifest, null, 2)}\n`],
      ]),
    );
    // 5. Summary.
    console.log(`${scenario.title}: ${hidden.n} accounts, tick ${hidden.tick}, seed ${config.seed}`);
    console.log(`model ${model.id}: ${a.units}`);
    console.log(
      `samples ${a.samples}, precision ${fmt(a.precision)} (requested ${precision})${a.converged ? '' : ' NOT REACHED (sample cap)'}, ${(ms / 1000).toFixed(2)} s per estimate`,
    );
    console.log(`noise ceiling (Spearman between two independent estimates, real people): ${ceiling.toFixed(4)}`);
    console.log('top 10:');
    console.log(`  ${'rank'.padEnd(5)}${'agent'.padEnd(9)}${'role'.padEnd(13)}estimate ± 95%`);
    const order = argsortDescending(a.estimate);
    for (let i = 0; i < Math.min(10, order.length); i++) {
      const v = order[i]!;
      const name = labels ? `${v} ${labels[v]}` : String(v);
      console.log(
        `  ${String(i + 1).padEnd(5)}${name.padEnd(9)}${roleName(hidden.role[v]!).padEnd(13)}${fmt(a.estimate[v]!)} ± ${fmt(1.96 * a.stderr[v]!)}`,
      );
    }
    console.log(`wrote ${written}`);
    return 0;
  },
};

function fmt(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(4))) : String(x);
}
