/**
 * Training of the learned Klout model (src/metrics/klout/learned-model.ts): simulate the training
 * worlds, pair every account's observable features with its true influence at the final snapshot,
 * fit the ridge model. The frozen result is src/metrics/klout/learned-v1.json; this function
 * reproduces it bit for bit (tests/metrics/klout-learned-fit.test.ts re-fits and compares).
 *
 * Training worlds are `baseline` (nobody games): the model learns what influence looks like before
 * anyone games it, as a platform fitting on past data would; the scenarios then show gaming moving it.
 * Seeds 9001–9008 are used by no scenario, test or doc by default, so no evaluation run shares a world
 * with training.
 */
import { resolveRunConfig } from '../engine/config.js';
import { simulate } from '../engine/simulate.js';
import { FEATURE_NAMES } from '../metrics/features.js';
import { transformedFeatures, type LearnedModel } from '../metrics/klout/learned-model.js';
import { fitRidge } from '../stats/ridge.js';
import { getScenario } from '../scenarios/registry.js';
import { truthAt } from '../truth/snapshot-truth.js';
import * as pm from '../portable-math.js';

/** What the frozen model was trained on (recorded in the JSON beside the weights). */
export const KLOUT_LEARNED_TRAINING = {
  scenario: 'baseline',
  agents: 2000,
  ticks: 30,
  seeds: [9001, 9002, 9003, 9004, 9005, 9006, 9007, 9008],
  /** Ridge penalty on standardized weights: illustrative (small against the 16,000 training rows). */
  lambda: 10,
  features: FEATURE_NAMES,
} as const;

/** The frozen model's file content: the model plus how it was trained and how well it fit. */
export interface LearnedModelFile extends LearnedModel {
  readonly training: {
    readonly scenario: string;
    readonly agents: number;
    readonly ticks: number;
    readonly seeds: readonly number[];
    readonly rows: number;
    /** In-sample R² of log(1 + truth). */
    readonly r2: number;
    readonly command: string;
  };
}

/** Simulate the training worlds and fit the model; `onWorld` reports progress (worlds done, total). */
export function trainKloutLearned(onWorld?: (done: number, total: number) => void): LearnedModelFile {
  const t = KLOUT_LEARNED_TRAINING;
  const scenario = getScenario(t.scenario);
  const columns: Float64Array[][] = t.features.map(() => []);
  const targets: Float64Array[] = [];
  for (const [k, seed] of t.seeds.entries()) {
    const run = simulate(resolveRunConfig(scenario, { seed, agents: t.agents, ticks: t.ticks }));
    const obs = run.final.observation;
    const truth = truthAt(run.final, seed).estimate;
    const cols = transformedFeatures(obs, t.features);
    for (const [j, c] of cols.entries()) columns[j]!.push(c);
    targets.push(Float64Array.from(truth, (y) => pm.log1p(Math.max(0, y))));
    onWorld?.(k + 1, t.seeds.length);
  }
  const concat = (parts: Float64Array[]): Float64Array => {
    const out = new Float64Array(parts.reduce((s, p) => s + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  };
  const target = concat(targets);
  const { r2, ...fit } = fitRidge({ columns: columns.map(concat), target }, t.lambda);
  return {
    version: 'v1',
    features: t.features,
    ...fit,
    training: {
      scenario: t.scenario,
      agents: t.agents,
      ticks: t.ticks,
      seeds: t.seeds,
      rows: target.length,
      r2,
      command: 'npm run train:klout-learned',
    },
  };
}
