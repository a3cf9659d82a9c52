/**
 * `goodhart truth <scenario>`: simulate a scenario, compute every agent's true influence on the
 * final hidden layer, write truth.csv (agent, estimate, stderr) and truth-manifest.json, and print
 * the noise ceiling and the top 10.
 *
 *   argv ─▶ 1. check (scenario, model, precision, --out) ─▶ 2. simulate ─▶ 3. truth twice
 *        (streams truth/a, truth/b: estimate + noise ceiling) ─▶ 4. write both files atomically
 *        (temporary names, renamed when complete) ─▶ 5. print the summary
 * Files go into results/<scenario>/seed-<S>/ (or --out) beside what `goodhart run` wrote there.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from '../args.js';
import { SCENARIO_POSITIONAL, SIM_OPTIONS, outDir, reproduceCommand, runConfigFromArgs, threadsFromArgs } from '../sim-options.js';
import { progress } from '../progress.js';
import { simulate } from '../../engine/simulate.js';
import { checkOutDir } from '../../pipeline/out-dir.js';
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
    'goodhart truth attention-vs-influence --seed 1 --agents 2000 --model removal --out /tmp/truth',
  ],
  async run(args) {
    // 1. Check everything before any work.
    const { scenario, config } = runConfigFromArgs(args);
    const model = getTruthModel(args.options.model as string);
    const precision = checkPrecision(args.options['truth-precision'] as number, '--truth-precision');
    const dir = outDir(args, scenario.id, config.seed);
    checkOutDir(dir);
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
    const written = writeFilesAtomically(dir, new Map([
      ['truth.csv', csv],
      ['truth-manifest.json', JSON.stringify(manifest, null, 2) + '\n'],
    ]));
    // 5. Summary.
    console.log(`${scenario.title}: ${hidden.n} accounts, tick ${hidden.tick}, seed ${config.seed}`);
    console.log(`model ${model.id}: ${a.units}`);
    console.log(`samples ${a.samples}, precision ${fmt(a.precision)} (requested ${precision})${a.converged ? '' : ' NOT REACHED (sample cap)'}, ${(ms / 1000).toFixed(2)} s per estimate`);
    console.log(`noise ceiling (Spearman between two independent estimates, real people): ${ceiling.toFixed(4)}`);
    console.log('top 10:');
    console.log(`  ${'rank'.padEnd(5)}${'agent'.padEnd(9)}${'role'.padEnd(13)}estimate ± 95%`);
    const order = argsortDescending(a.estimate);
    for (let i = 0; i < Math.min(10, order.length); i++) {
      const v = order[i]!;
      const name = labels ? `${v} ${labels[v]}` : String(v);
      console.log(`  ${String(i + 1).padEnd(5)}${name.padEnd(9)}${roleName(hidden.role[v]!).padEnd(13)}${fmt(a.estimate[v]!)} ± ${fmt(1.96 * a.stderr[v]!)}`);
    }
    console.log(`truth:   ${join(written, 'truth.csv')}`);
    return 0;
  },
};

function fmt(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(4))) : String(x);
}

/**
 * Write files into `dir` (created if needed) without touching its other files: each is written
 * under a temporary name first and all are renamed only once every one is complete.
 */
function writeFilesAtomically(dir: string, files: ReadonlyMap<string, string>): string {
  const target = resolve(dir);
  mkdirSync(target, { recursive: true });
  const tmp: string[] = [];
  try {
    for (const [name, content] of files) {
      const path = join(target, `${name}.tmp-${process.pid}`);
      tmp.push(path);
      writeFileSync(path, content);
    }
  } catch (e) {
    for (const p of tmp) rmSync(p, { force: true });
    throw e;
  }
  for (const name of files.keys()) renameSync(join(target, `${name}.tmp-${process.pid}`), join(target, name));
  return target;
}
