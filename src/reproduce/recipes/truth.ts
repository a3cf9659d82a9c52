/**
 * Recipe kind `truth`: the truth estimator's figures on a scenario's final tick, as `goodhart truth`
 * computes them (src/cli/commands/truth.ts): the world through the API's `world` (the CLI's
 * simulation), two estimates on the streams `truth/a` and `truth/b` (`truthAt`), and the noise
 * ceiling between them (`noiseCeiling`, src/truth/noise-ceiling.ts). The attenuation cap √r is
 * Spearman's (1904) correction for attenuation (docs/truth.md § Noise ceiling).
 */
import { world } from '../../api.js';
import { noiseCeiling } from '../../truth/noise-ceiling.js';
import { truthAt } from '../../truth/snapshot-truth.js';
import type { TruthRecipe } from '../figure.js';
import { precisionOf } from './claim.js';
import type { RecipeKind, RunValues } from './kind.js';

/** The truth figures of one world: `ceiling` (Spearman between the two estimates) and `achieved` (estimate a's relative precision). */
function runTruth(r: TruthRecipe, seed: number): RunValues {
  const result = world(r.scenario, { seed, ...(r.agents !== undefined ? { agents: r.agents } : {}) });
  const precision = precisionOf(r);
  const a = truthAt(result.final, seed, { precision }, 'a');
  const b = truthAt(result.final, seed, { precision }, 'b');
  return new Map([
    ['ceiling', noiseCeiling(result.final.hidden, a, b)],
    ['achieved', a.precision],
  ]);
}

/** `truth`: the noise ceiling r, √r, 1 − √r or the achieved precision. */
export const truthKind: RecipeKind<TruthRecipe> = {
  world: (r, seed) => `truth|${r.scenario}|${seed}|${precisionOf(r)}|${r.agents ?? ''}`,
  run: runTruth,
  pick(r, v) {
    const c = v.get('ceiling') ?? Number.NaN;
    if (r.measure === 'ceiling') return [c];
    if (r.measure === 'sqrt-ceiling') return [Math.sqrt(c)];
    if (r.measure === 'one-minus-sqrt') return [1 - Math.sqrt(c)];
    return [v.get('achieved') ?? Number.NaN];
  },
  label: (r) => ({ source: r.scenario, item: 'truth', measure: r.measure, precision: precisionOf(r) }),
};
