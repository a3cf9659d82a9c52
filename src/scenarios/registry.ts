/** Every scenario, one line each. The first is the default (`npm start`). */
import { UnknownNameError } from '../errors.js';
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

export const SCENARIOS: readonly Scenario[] = [
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
];

/** The scenario `npm start` runs. */
export const DEFAULT_SCENARIO = SCENARIOS[0]!.id;

/** Look up a scenario by id. */
export function getScenario(id: string): Scenario {
  const s = SCENARIOS.find((x) => x.id === id);
  if (!s) throw new UnknownNameError('scenario', id, SCENARIOS.map((x) => x.id));
  return s;
}
