/** Every ground-truth model, one line each. The first is the default. */
import { UnknownNameError } from '../errors.js';
import { fjModel } from './friedkin-johnsen.js';
import { icModel } from './ic.js';
import { ltModel } from './linear-threshold.js';
import { icMonteCarloModel } from './monte-carlo.js';
import { removalModel } from './removal.js';
import type { TruthModel } from './truth-model.js';

export const TRUTH_MODELS: readonly TruthModel[] = [
  icModel,
  ltModel,
  fjModel,
  removalModel,
  icMonteCarloModel,
];

/** Id of the default truth model (`ic`). */
export const DEFAULT_TRUTH_MODEL = TRUTH_MODELS[0]!.id;

/** Look up a truth model by id; throws UnknownNameError listing the known ids. */
export function getTruthModel(id: string): TruthModel {
  const m = TRUTH_MODELS.find((x) => x.id === id);
  if (!m) throw new UnknownNameError('truth model', id, TRUTH_MODELS.map((x) => x.id));
  return m;
}
