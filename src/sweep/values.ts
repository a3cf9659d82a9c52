/** The values each swept parameter takes in an experiment (base, grid, points, LHS range ends). No external source. */
import type { Experiment, SettingValue } from './experiment.js';

/** Values by swept parameter, as the experiment states them (LHS ranges by their two ends). */
export function experimentPointValues(e: Experiment): Map<string, SettingValue[]> {
  const out = new Map<string, SettingValue[]>();
  const add = (name: string, v: SettingValue) => {
    if (!e.parameters.includes(name)) return;
    const list = out.get(name) ?? [];
    list.push(v);
    out.set(name, list);
  };
  for (const [n, v] of Object.entries(e.base)) add(n, v);
  for (const [n, vs] of Object.entries(e.grid)) for (const v of vs) add(n, v);
  for (const p of e.points) for (const [n, v] of Object.entries(p)) add(n, v);
  for (const [n, r] of Object.entries(e.lhs?.ranges ?? {})) for (const v of r) add(n, v);
  return out;
}
