/**
 * Seed lists for replicate runs: `--seeds 1..10` (an inclusive range), `1,2,5` (a list), or both
 * mixed (`1..3,7`). Each replicate is one full run with that root seed; summaries over them give
 * the 95% intervals (src/drift/summary.ts).
 */
import { ParameterError } from '../errors.js';

import { MAX_SEED } from '../rng.js';
import { DECIMAL_INTEGER } from '../params.js';

/** Largest seed accepted (the CLI's --seed range; defined beside the RNG). */
export { MAX_SEED };
/** Most replicates one command may ask for. */
export const MAX_REPLICATES = 1000;

const ALLOWED =
  'a range A..B or a comma-separated list of non-negative integers (e.g. 1..10, 1,2,5 or 1..3,7), each seed once, at most 1000 seeds';

function seedValue(spec: string, part: string): number {
  if (!DECIMAL_INTEGER.test(part) || part.startsWith('-')) throw new ParameterError('--seeds', spec, ALLOWED);
  const v = Number(part);
  if (v > MAX_SEED) throw new ParameterError('--seeds', spec, `${ALLOWED}; seeds up to ${MAX_SEED}`);
  return v;
}

/**
 * Parse a seed spec into distinct seeds in the order given. Throws ParameterError (field `--seeds`)
 * for anything else: empty parts, descending ranges, repeats, non-integers, or too many seeds.
 */
export function parseSeeds(spec: string): number[] {
  const s = spec.trim();
  if (s === '') throw new ParameterError('--seeds', spec, ALLOWED);
  const out: number[] = [];
  for (const raw of s.split(',')) {
    const part = raw.trim();
    const range = /^(\d+)\s*\.\.\s*(\d+)$/.exec(part);
    if (range) {
      const a = seedValue(spec, range[1]!);
      const b = seedValue(spec, range[2]!);
      if (b < a) throw new ParameterError('--seeds', spec, `${ALLOWED} (a range goes upwards)`);
      if (b - a + 1 + out.length > MAX_REPLICATES) throw new ParameterError('--seeds', spec, ALLOWED);
      for (let v = a; v <= b; v++) out.push(v);
    } else {
      out.push(seedValue(spec, part));
    }
    if (out.length > MAX_REPLICATES) throw new ParameterError('--seeds', spec, ALLOWED);
  }
  if (new Set(out).size !== out.length) throw new ParameterError('--seeds', spec, `${ALLOWED} (a seed is repeated)`);
  return out;
}

/**
 * A short, file-name-safe label for a seed list: `1..10` for a contiguous ascending run, else the
 * seeds joined by commas (`1,2,5`). Used in `results/<scenario>/seeds-<label>/`.
 */
export function seedsLabel(seeds: readonly number[]): string {
  if (seeds.length === 0) throw new ParameterError('seeds', '', 'at least one seed');
  const contiguous = seeds.length > 1 && seeds.every((v, i) => i === 0 || v === seeds[i - 1]! + 1);
  return contiguous ? `${seeds[0]}..${seeds[seeds.length - 1]}` : seeds.join(',');
}
