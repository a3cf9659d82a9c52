/**
 * The region of a sweep where a claim holds, in words: "holds for activity.activityScale ≥ 4",
 * "roles.gamer ≤ 0.05 and activity.casualLike ≥ 0.1", or null when no simple description fits.
 * Tried in order: the claim depends on one parameter only (every slice at one value agrees) and
 * the values where it holds form a run of the sorted values (a threshold or a band); then a
 * product of two such runs (grids only); on a grid, a short list of values is accepted too.
 * Design: no external source (a rectangle search over the grid's axes).
 */
import type { ParamValue } from './load.js';

/** What {@link describeRegion} reads. */
export interface RegionInput {
  readonly params: readonly string[];
  /** Each point's parameter values (in `params` order). */
  readonly points: readonly (readonly ParamValue[])[];
  /** Whether the claim holds (on every seed) at each point. */
  readonly holds: readonly boolean[];
  /** Points form a full grid (a list of values is then a fair description; on samples it is not). */
  readonly grid: boolean;
}

/** A parameter value for a sentence: integers as they are, other numbers to 4 significant digits. */
export function formatValue(v: ParamValue): string {
  if (typeof v === 'string') return v;
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(4)));
}

function sortedDistinct(values: readonly ParamValue[]): ParamValue[] {
  const out: ParamValue[] = [];
  for (const v of values) if (!out.includes(v)) out.push(v);
  return out.every((v) => typeof v === 'number') ? (out as number[]).sort((a, b) => a - b) : out;
}

/** Describe `name ∈ chosen` among `all` (sorted distinct values), or null when no short form fits. */
function describeSet(name: string, all: readonly ParamValue[], chosen: ReadonlySet<ParamValue>, grid: boolean): string | null {
  const idx = all.map((v, i) => (chosen.has(v) ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0 || idx.length === all.length) return null;
  const numeric = all.every((v) => typeof v === 'number');
  const first = idx[0]!;
  const last = idx[idx.length - 1]!;
  const contiguous = last - first + 1 === idx.length;
  if (numeric && contiguous) {
    const lo = formatValue(all[first]!);
    const hi = formatValue(all[last]!);
    if (last === all.length - 1) return `${name} ≥ ${lo}`;
    if (first === 0) return `${name} ≤ ${hi}`;
    if (first === last && grid) return `${name} = ${lo}`;
    return `${lo} ≤ ${name} ≤ ${hi}`;
  }
  if (!grid || idx.length > 4) return null;
  const list = idx.map((i) => formatValue(all[i]!));
  return list.length === 1 ? `${name} = ${list[0]}` : `${name} ∈ {${list.join(', ')}}`;
}

/** The values of parameter p where the claim holds, if it depends on p alone (else null). */
function dependsOnlyOn(r: RegionInput, p: number): Set<ParamValue> | null {
  const state = new Map<ParamValue, boolean>();
  for (let i = 0; i < r.points.length; i++) {
    const v = r.points[i]![p]!;
    const h = r.holds[i]!;
    const prev = state.get(v);
    if (prev === undefined) state.set(v, h);
    else if (prev !== h) return null;
  }
  return new Set([...state].filter(([, h]) => h).map(([v]) => v));
}

/**
 * The region where the claim holds, in words ("everywhere in the sweep", "nowhere in the sweep",
 * "for roles.gamer ≤ 0.05", ...), or null when the region has no short description.
 */
export function describeRegion(r: RegionInput): string | null {
  const k = r.holds.filter(Boolean).length;
  if (k === r.holds.length) return 'everywhere in the sweep';
  if (k === 0) return 'nowhere in the sweep';
  const where = r.grid ? 'for' : 'at the sampled points with';
  const axes = r.params.map((_, p) => sortedDistinct(r.points.map((pt) => pt[p]!)));
  for (let p = 0; p < r.params.length; p++) {
    const set = dependsOnlyOn(r, p);
    if (!set) continue;
    const d = describeSet(r.params[p]!, axes[p]!, set, r.grid);
    if (d) return `${where} ${d}`;
  }
  if (!r.grid) return null;
  for (let p = 0; p < r.params.length; p++) {
    for (let q = p + 1; q < r.params.length; q++) {
      const sp = new Set<ParamValue>();
      const sq = new Set<ParamValue>();
      r.points.forEach((pt, i) => {
        if (r.holds[i]) {
          sp.add(pt[p]!);
          sq.add(pt[q]!);
        }
      });
      const product = r.points.every((pt, i) => r.holds[i] === (sp.has(pt[p]!) && sq.has(pt[q]!)));
      if (!product) continue;
      const dp = describeSet(r.params[p]!, axes[p]!, sp, true);
      const dq = describeSet(r.params[q]!, axes[q]!, sq, true);
      if (dp && dq) return `for ${dp} and ${dq}`;
    }
  }
  return null;
}
