/**
 * Building and checking {@link DriftInput}s, and the sub-vectors over real people that the rank
 * measures share.
 */
import { ParameterError } from '../errors.js';
import { isRealRole } from '../model/roles.js';
import { type DriftMemo, realValues } from './shared-ranks.js';
import type { DriftInput } from './types.js';

/** Default top-k depth. */
export const DEFAULT_K = 10;
/** Default rank-biased-overlap persistence. */
export const DEFAULT_RBO_P = 0.9;

/** Indices (ascending) of the accounts whose role is a real person (not bot, not sybil). */
export function realIndices(role: Uint8Array): Uint32Array {
  let m = 0;
  for (let i = 0; i < role.length; i++) if (isRealRole(role[i] as number)) m++;
  const out = new Uint32Array(m);
  let j = 0;
  for (let i = 0; i < role.length; i++) if (isRealRole(role[i] as number)) out[j++] = i;
  return out;
}

/** Options of {@link makeDriftInput}. */
export interface DriftInputOptions {
  /** Top-k depth, positive integer (default {@link DEFAULT_K}). */
  k?: number;
  /** RBO persistence in (0, 1) (default {@link DEFAULT_RBO_P}). */
  rboP?: number;
  /** Real people's indices; computed from `role` when absent. */
  real?: Uint32Array;
  /** Rankings shared with other inputs of the same frame (made for the same `real`). */
  memo?: DriftMemo | undefined;
}

/**
 * Check and assemble a DriftInput. Throws ParameterError naming the field when lengths differ,
 * a value is not finite, or k / rboP are out of range.
 */
export function makeDriftInput(score: Float64Array, reference: Float64Array, role: Uint8Array, opts: DriftInputOptions = {}): DriftInput {
  const n = role.length;
  if (score.length !== n) throw new ParameterError('score.length', score.length, `${n} (one value per account)`);
  if (reference.length !== n) throw new ParameterError('reference.length', reference.length, `${n} (one value per account)`);
  checkFinite('score', score);
  checkFinite('reference', reference);
  const k = opts.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < 1) throw new ParameterError('k', k, 'a positive integer');
  const rboP = opts.rboP ?? DEFAULT_RBO_P;
  if (!(rboP > 0 && rboP < 1)) throw new ParameterError('rboP', rboP, 'a number in (0, 1)');
  const real = opts.real ?? realIndices(role);
  for (let i = 0; i < real.length; i++) {
    const r = real[i] as number;
    if (r >= n) throw new ParameterError(`real[${i}]`, r, `an account index below ${n}`);
  }
  return { score, reference, role, real, k, rboP, memo: opts.memo };
}

function checkFinite(field: string, v: Float64Array): void {
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i])) throw new ParameterError(`${field}[${i}]`, v[i], 'a finite number');
  }
}

/** Score and reference restricted to real people, in the order of `input.real`. */
export function realPair(input: DriftInput): { x: Float64Array; y: Float64Array } {
  return { x: realValues(input, 'score'), y: realValues(input, 'reference') };
}
