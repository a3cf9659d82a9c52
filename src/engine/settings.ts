/**
 * Settings by dotted name (`world.agents`, `roles.gamer`, `activity.activityScale`,
 * `influence.beta`, `generator.<x>`, `attacks.<id>.<x>`) applied onto {@link RunOverrides}: the
 * names an experiment file (and `--set`) uses. Names are checked here (an unknown one is an
 * UnknownNameError listing the known names, nearest first); values are checked afterwards by
 * {@link resolveRunConfig}, which names the field, the value and its range.
 *
 * Design: the parameter groups of src/engine/config.ts, one dotted name per declared parameter;
 * nearest names by Levenshtein edit distance (Levenshtein 1966). No external source.
 */
import { getAttack } from '../attacks/registry.js';
import { UnknownNameError } from '../errors.js';
import { INFLUENCE_PARAMS } from '../model/influence.js';
import { ACTIVITY_PARAMS, ROLE_SHARE_PARAMS, type RunOverrides } from './config.js';

/** Settings by dotted name; values are numbers, booleans or strings, checked by resolveRunConfig. */
export type Settings = Readonly<Record<string, unknown>>;

const GROUPS = { roles: ROLE_SHARE_PARAMS, activity: ACTIVITY_PARAMS, influence: INFLUENCE_PARAMS } as const;

/** Edit distance between two strings (insertions, deletions, substitutions; each costs 1). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

/** `names` ordered nearest to `name` first (ties in the given order). */
export function nearestFirst(name: string, names: readonly string[]): string[] {
  return names
    .map((n, i) => ({ n, i, d: editDistance(name, n) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.n);
}

/** Every settable name for overrides `o` (its attack list decides the `attacks.<id>.<x>` names). */
export function knownSettings(o: RunOverrides): string[] {
  const names = ['world.agents', 'world.ticks'];
  for (const [group, specs] of Object.entries(GROUPS)) for (const k of Object.keys(specs)) names.push(`${group}.${k}`);
  for (const a of o.attacks ?? []) for (const k of Object.keys(getAttack(a.id).params)) names.push(`attacks.${a.id}.${k}`);
  return names;
}

function unknown(name: string, o: RunOverrides): never {
  throw new UnknownNameError('parameter', name, nearestFirst(name, [...knownSettings(o), 'generator.<parameter of the generator>']));
}

/**
 * `o` with every setting of `s` applied (a new object; `o` is not changed). `attacks.<id>.<x>`
 * sets a parameter of attack `id`, which must be in `o.attacks` (pass the scenario's attacks there).
 * Throws UnknownNameError for a name that is not a parameter.
 */
export function applySettings(o: RunOverrides, s: Settings): RunOverrides {
  const out: RunOverrides = {
    ...o,
    ...(o.roles ? { roles: { ...o.roles } } : {}),
    ...(o.activity ? { activity: { ...o.activity } } : {}),
    ...(o.influence ? { influence: { ...o.influence } } : {}),
    ...(o.generatorParams ? { generatorParams: { ...o.generatorParams } } : {}),
    ...(o.attacks ? { attacks: o.attacks.map((a) => ({ ...a, params: { ...(a.params ?? {}) } })) } : {}),
  };
  for (const [name, value] of Object.entries(s)) {
    if (name === 'world.agents') out.agents = value as number;
    else if (name === 'world.ticks') out.ticks = value as number;
    else {
      const dot = name.indexOf('.');
      const group = name.slice(0, dot);
      const key = name.slice(dot + 1);
      if (dot < 0 || key === '') unknown(name, o);
      if (group === 'roles' || group === 'activity' || group === 'influence') {
        if (!Object.hasOwn(GROUPS[group], key)) unknown(name, o);
        out[group] = { ...(out[group] ?? {}), [key]: value };
      } else if (group === 'generator') {
        out.generatorParams = { ...(out.generatorParams ?? {}), [key]: value };
      } else if (group === 'attacks') {
        const last = key.lastIndexOf('.');
        const id = key.slice(0, last);
        const param = key.slice(last + 1);
        const attack = out.attacks?.find((a) => a.id === id);
        if (last < 0 || !attack || !Object.hasOwn(getAttack(id).params, param)) unknown(name, o);
        attack.params = { ...(attack.params ?? {}), [param]: value };
      } else unknown(name, o);
    }
  }
  return out;
}
