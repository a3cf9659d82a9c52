/** Every scenario, one line each. The first is the default (`npm start`). */
import { makeRegistry } from '../registry.js';
import type { Scenario } from './scenario.js';
import { attentionVsInfluence } from './attention-vs-influence.js';
import { baseline } from './baseline.js';
import { followBackFarming } from './follow-back-farming.js';
import { silentMajority } from './silent-majority.js';
import { alisterBaitScenario } from './alister-bait.js';
import { algorithmChange } from './algorithm-change.js';
import { boughtVsEngaging } from './bought-vs-engaging.js';
import { engagementPodScenario } from './engagement-pod.js';
import { perksScenario } from './perks.js';
import { goodhartDecay } from './goodhart-decay.js';

/** The scenario registry (ids unique); the first is the default. */
export const SCENARIO_REGISTRY = makeRegistry<Scenario>('scenario', [
  attentionVsInfluence,
  baseline,
  followBackFarming,
  silentMajority,
  alisterBaitScenario,
  algorithmChange,
  boughtVsEngaging,
  engagementPodScenario,
  perksScenario,
  goodhartDecay,
]);

/** Every scenario, in listing order. */
export const SCENARIOS: readonly Scenario[] = SCENARIO_REGISTRY.list;

/** The scenario `npm start` runs. */
export const DEFAULT_SCENARIO = SCENARIOS[0]!.id;

/** Look up a scenario by id. */
export function getScenario(id: string): Scenario {
  return SCENARIO_REGISTRY.get(id);
}
