/**
 * Aggregation over seeds for the sweep report: the mean of a measure at each setting of the kept
 * parameters with its 95% Student-t interval over seeds (src/stats/interval.ts). When parameters
 * are left out (a line of one parameter in a three-parameter grid), each seed's values are first
 * averaged over the left-out parameters, then the interval is taken over those per-seed means, so
 * the interval still reflects seed-to-seed spread only.
 * Reference: Student (1908) t-interval; marginal means of a factorial design (Montgomery, Design and
 * Analysis of Experiments, ch. 5).
 */
import { meanInterval, type MeanInterval } from '../../stats/interval.js';
import { seedValues, type ParamValue, type SweepData } from './load.js';

/** One setting of the kept parameters with its summary over seeds. */
export interface GroupSummary {
  /** Values of the kept parameters, in the order asked for. */
  readonly at: readonly ParamValue[];
  /** Mean and 95% interval over seeds (n = seeds with a finite value; n = 1: no interval). */
  readonly summary: MeanInterval;
  /** Points of the sweep averaged into this group (1 when no parameter was left out). */
  readonly points: number;
}

/** Distinct values of parameter `p` (index into data.params): numbers ascending, text in first-seen order. */
export function distinctValues(data: SweepData, p: number): ParamValue[] {
  const seen: ParamValue[] = [];
  for (const pt of data.points) if (!seen.includes(pt.values[p]!)) seen.push(pt.values[p]!);
  return seen.every((v) => typeof v === 'number') ? (seen as number[]).sort((a, b) => a - b) : seen;
}

/**
 * True when the points are a full grid: not Latin-hypercube samples, every combination of the
 * parameters' distinct values present once (so lines and heatmaps have one value per cell).
 */
export function isGrid(data: SweepData): boolean {
  if (data.lhs || data.params.length === 0) return false;
  let product = 1;
  for (let p = 0; p < data.params.length; p++) product *= distinctValues(data, p).length;
  return product === data.points.length;
}

/**
 * Mean and 95% interval over seeds of `scorer` × `measure` for every setting of the parameters
 * `keep` (indices into data.params), averaging over the others within each seed. Groups come in
 * the order of their first point.
 */
export function summarise(data: SweepData, keep: readonly number[], scorer: string, measure: string, confidence = 0.95): GroupSummary[] {
  const groups = new Map<string, { at: ParamValue[]; sum: Float64Array; count: Float64Array; points: number }>();
  const nSeeds = data.seeds.length;
  data.points.forEach((pt, i) => {
    const at = keep.map((k) => pt.values[k]!);
    const key = at.map(String).join('\t');
    let g = groups.get(key);
    if (!g) {
      g = { at, sum: new Float64Array(nSeeds), count: new Float64Array(nSeeds), points: 0 };
      groups.set(key, g);
    }
    g.points++;
    const v = seedValues(data, i, scorer, measure);
    for (let s = 0; s < nSeeds; s++) {
      const x = v[s]!;
      if (Number.isFinite(x)) {
        g.sum[s]! += x;
        g.count[s]! += 1;
      }
    }
  });
  return [...groups.values()].map((g) => {
    const perSeed = new Float64Array(nSeeds);
    for (let s = 0; s < nSeeds; s++) perSeed[s] = g.count[s]! > 0 ? g.sum[s]! / g.count[s]! : NaN;
    return { at: g.at, summary: meanInterval(perSeed, confidence), points: g.points };
  });
}

/** For each point, whether the claim held on every seed with a value (false when no seed has one). */
export function claimHoldsEverywhere(data: SweepData, claim: string): boolean[] {
  return data.points.map((_, i) => {
    const v = seedValues(data, i, '', `claim:${claim}`);
    let n = 0;
    for (const x of v) {
      if (!Number.isFinite(x)) continue;
      n++;
      if (x !== 1) return false;
    }
    return n > 0;
  });
}
