import { getScenario } from '../scenarios/registry.js';
import { cellCount, pointCount, type Experiment, type SettingValue } from './experiment.js';
import { latinHypercube } from './lhs.js';
import { isIntegerSetting } from './param-kind.js';

/** One cell: a point of the experiment with one seed. */
export interface Cell {
  /** Index in canonical order (0-based). */
  readonly index: number;
  /** `c000017` for index 17. */
  readonly id: string;
  /** The point's own settings (the swept parameters it sets). */
  readonly point: Readonly<Record<string, SettingValue>>;
  /** The cell's full settings: the experiment's base with the point on top. */
  readonly settings: Readonly<Record<string, SettingValue>>;
  readonly seed: number;
}

export { inShard, parseShard, shardFromEnv, type Shard } from './shard.js';

/** The id of cell `index`: `c` + the index zero-padded to 6 digits. */
export function cellId(index: number): string {
  return `c${String(index).padStart(6, '0')}`;
}

/** The grid's parameters in expansion order (first varies slowest). */
export function gridParameters(e: Experiment): string[] {
  return e.parameters.filter((p) => Object.hasOwn(e.grid, p));
}

/** Every point of the experiment, in canonical order (call after checking the cell count). */
export function experimentPoints(e: Experiment): Record<string, SettingValue>[] {
  const names = gridParameters(e);
  const out: Record<string, SettingValue>[] = [];
  if (names.length > 0) {
    const sizes = names.map((n) => e.grid[n]!.length);
    const total = sizes.reduce((p, s) => p * s, 1);
    for (let i = 0; i < total; i++) {
      const p: Record<string, SettingValue> = {};
      let rest = i;
      for (let d = names.length - 1; d >= 0; d--) {
        p[names[d]!] = e.grid[names[d]!]![rest % sizes[d]!]!;
        rest = Math.floor(rest / sizes[d]!);
      }
      // Keys in the grid's order, whatever order they were filled in.
      out.push(Object.fromEntries(names.map((n) => [n, p[n]!])));
    }
  }
  out.push(...e.points.map((p) => ({ ...p })));
  if (e.lhs) {
    const d = getScenario(e.scenario).defaults;
    // Dimensions in column order (not the ranges object's key order, which experiment.json sorts).
    const ranges = e.lhs.ranges;
    const dims = e.parameters
      .filter((p) => Object.hasOwn(ranges, p))
      .map((name) => ({ name, lo: ranges[name]![0], hi: ranges[name]![1], integer: isIntegerSetting(name, d) }));
    out.push(...latinHypercube(dims, e.lhs.samples, e.lhs.seed));
  }
  if (out.length !== pointCount(e)) throw new Error(`experimentPoints: ${out.length} points, expected ${pointCount(e)}`);
  return out;
}

/** Every cell of the experiment in canonical order (points × seeds, seeds varying fastest). */
export function experimentCells(e: Experiment): Cell[] {
  const cells: Cell[] = [];
  for (const point of experimentPoints(e))
    for (const seed of e.seeds) {
      const index = cells.length;
      cells.push({ index, id: cellId(index), point, settings: { ...e.base, ...point }, seed });
    }
  if (cells.length !== cellCount(e)) throw new Error('experimentCells: count mismatch');
  return cells;
}
