/** Every ground-truth model, one line each. The first is the default. */
import { makeRegistry } from '../registry.js';
import { fjModel } from './friedkin-johnsen.js';
import { icModel } from './ic.js';
import { ltModel } from './linear-threshold.js';
import { icMonteCarloModel } from './monte-carlo.js';
import { removalModel } from './removal.js';
import type { TruthModel } from './truth-model.js';

/** The truth-model registry (ids unique); the first is the default. */
export const TRUTH_MODEL_REGISTRY = makeRegistry<TruthModel>('truth model', [icModel, ltModel, fjModel, removalModel, icMonteCarloModel]);

/** Every truth model, in listing order. */
export const TRUTH_MODELS: readonly TruthModel[] = TRUTH_MODEL_REGISTRY.list;

/** Id of the default truth model (`ic`). */
export const DEFAULT_TRUTH_MODEL = TRUTH_MODELS[0]!.id;

/** Look up a truth model by id; throws UnknownNameError listing the known ids. */
export function getTruthModel(id: string): TruthModel {
  return TRUTH_MODEL_REGISTRY.get(id);
}
