/**
 * The declared kind of a setting by its dotted name (`world.agents` is an integer, `roles.gamer` a
 * number, ...), from the one list of declared parameters (src/engine/settings.ts, `goodhart params`).
 * The Latin-hypercube sampler rounds integer settings.
 * No external source.
 */
import type { ScenarioDefaults } from '../engine/config.js';
import { listParameters } from '../engine/settings.js';

/** True when setting `name` takes integers (the sampler rounds it). */
export function isIntegerSetting(name: string, d: ScenarioDefaults): boolean {
  return listParameters({ defaults: d }).find((r) => r.name === name)?.kind === 'int';
}
