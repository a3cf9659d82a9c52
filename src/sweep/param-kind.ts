/**
 * The declared kind of a setting by its dotted name (`world.agents` is an integer, `roles.gamer` a
 * number, ...), read from the parameter declarations of src/engine/config.ts, src/model/influence.ts,
 * the generators and the attacks. The Latin-hypercube sampler rounds integer settings.
 * No external source.
 */
import { getAttack } from '../attacks/registry.js';
import { ACTIVITY_PARAMS, ROLE_SHARE_PARAMS, type ScenarioDefaults } from '../engine/config.js';
import { getGenerator } from '../graph/generators/registry.js';
import { INFLUENCE_PARAMS } from '../model/influence.js';
import type { ParamSpec } from '../params.js';

/** The spec of setting `name` in a scenario with defaults `d`, or undefined when it is not declared. */
export function settingSpec(name: string, d: ScenarioDefaults): ParamSpec | undefined {
  if (name === 'world.agents' || name === 'world.ticks') return { kind: 'int', description: name, default: 0 };
  const dot = name.indexOf('.');
  const group = name.slice(0, dot);
  const key = name.slice(dot + 1);
  const own = (specs: Readonly<Record<string, ParamSpec>>) => (Object.hasOwn(specs, key) ? specs[key] : undefined);
  if (group === 'roles') return own(ROLE_SHARE_PARAMS);
  if (group === 'activity') return own(ACTIVITY_PARAMS);
  if (group === 'influence') return own(INFLUENCE_PARAMS);
  if (group === 'generator') return own(getGenerator(d.generator?.id ?? 'community-pa').params);
  if (group === 'attacks') {
    const last = key.lastIndexOf('.');
    const id = key.slice(0, last);
    const param = key.slice(last + 1);
    if (!(d.attacks ?? []).some((a) => a.id === id)) return undefined;
    const specs: Readonly<Record<string, ParamSpec>> = getAttack(id).params;
    return Object.hasOwn(specs, param) ? specs[param] : undefined;
  }
  return undefined;
}

/** True when setting `name` takes integers (the sampler rounds it). */
export function isIntegerSetting(name: string, d: ScenarioDefaults): boolean {
  return settingSpec(name, d)?.kind === 'int';
}
