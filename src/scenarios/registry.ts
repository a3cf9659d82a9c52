/** Every scenario, one line each. The first is the default (`npm start`). */
import { UnknownNameError } from '../errors.js';
import type { Scenario } from './scenario.js';
import { attentionVsInfluence } from './attention-vs-influence.js';
import { baseline } from './baseline.js';

export const SCENARIOS: readonly Scenario[] = [
  attentionVsInfluence,
  baseline,
];

/** The scenario `npm start` runs. */
export const DEFAULT_SCENARIO = SCENARIOS[0]!.id;

/** Look up a scenario by id. */
export function getScenario(id: string): Scenario {
  const s = SCENARIOS.find((x) => x.id === id);
  if (!s) throw new UnknownNameError('scenario', id, SCENARIOS.map((x) => x.id));
  return s;
}
