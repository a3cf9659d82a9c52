// src/portable-math.ts's fast paths (exponent rewrites as multiplications by exact powers of two,
// words rebuilt by arithmetic) must give the very bits of the port before them
// (tests/core/fdlibm-reference.ts, kept verbatim): compared here over many inputs where the
// rewritten steps act — every binade from subnormal to the largest double, both sides of every
// branch cut fdlibm takes, the uniforms 1 − U the samplers feed log, the tie exponents of
// src/model/ties.ts for pow — and over random bit patterns (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as pm from '../../src/portable-math.js';
import * as ref from './fdlibm-reference.js';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const fromWords = (hi: number, lo: number): number => {
  U32[HI] = hi;
  U32[1 - HI] = lo;
  return F64[0]!;
};

/** Inputs: for each exponent field 0 … 2047 and sign, mantissas at the edges and inside (xorshift32). */
function binadeInputs(): number[] {
  let s = 0x2545f491;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  const out: number[] = [];
  for (let e = 0; e < 2048; e++) {
    for (const sign of [0, 0x80000000]) {
      const his = [0, 0xfffff, 0x6a09e, 0x6a09d, 0x6a09f, 0x3988e, 0x3988f, 0xbb679, 0xbb67a, 0x6147a, 0x6b851, 0x95f64, 0x6a09c];
      for (let r = 0; r < 12; r++) his.push(next() & 0xfffff);
      for (const h of his) for (const lo of [0, 1, 0xffffffff, next()]) out.push(fromWords((sign | (e << 20) | h) >>> 0, lo));
    }
  }
  return out;
}

const ALL = binadeInputs();
const SPECIAL = [0, -0, 1, -1, 2, 0.5, Infinity, -Infinity, Number.NaN, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308];
/** The exponents of drawTie (1/μ − 1 for the tie means of src/model/ties.ts) and a few more. */
const TIE_EXPONENTS = [1 / 0.57 - 1, 1 / 0.25 - 1, 1 / 0.08 - 1, 1 / 0.5 - 1, 1 / 0.02 - 1, 1 / 0.38 - 1];
const EXPONENTS = [...TIE_EXPONENTS, 0.5, -0.5, 2, 3, -3, 1 / 3, 0.1, 7.25, -1074.5, 1024, -1023.99, 1e-9, 1e9, 3e9, 1e20, ...SPECIAL];

function same(name: string, f: (x: number) => number, g: (x: number) => number, xs: readonly number[]): void {
  let differ = 0;
  let first = '';
  for (const x of xs) {
    const a = f(x);
    const b = g(x);
    if (!Object.is(a, b)) {
      if (differ === 0) first = `${name}(${x}) = ${a}, was ${b}`;
      differ++;
    }
  }
  expect(differ, first).toBe(0);
}

describe('portable math fast paths', () => {
  it('log, log1p, log2 and exp give the same bits as before in every binade', () => {
    const xs = [...ALL, ...SPECIAL];
    same('log', pm.log, ref.log, xs);
    same('log1p', pm.log1p, ref.log1p, xs);
    same('log2', pm.log2, ref.log2, xs);
    same('exp', pm.exp, ref.exp, xs);
    // exp over its whole finite range, including the results that become subnormal.
    const ex: number[] = [];
    for (let i = 0; i <= 200_000; i++) ex.push(-760 + (1480 * i) / 200_000);
    same('exp', pm.exp, ref.exp, ex);
  });

  it('log gives the same bits on the uniforms 1 − U of an Alea stream (multiples of 2^−32)', () => {
    const xs: number[] = [];
    for (let i = 1; i <= 1 << 20; i++) xs.push(1 - (i * 4093 + (i >>> 3)) / 2 ** 32, i / 2 ** 32, 1 - i / 2 ** 32);
    same('log', pm.log, ref.log, xs);
    same(
      'log1p',
      (x) => pm.log1p(-x),
      (x) => ref.log1p(-x),
      xs,
    );
  });

  it('pow gives the same bits for the tie exponents and others, over every binade of x', () => {
    const xs = [...ALL.filter((_, i) => i % 5 === 0), ...SPECIAL];
    for (const y of EXPONENTS)
      same(
        `pow(·, ${y})`,
        (x) => pm.pow(x, y),
        (x) => ref.pow(x, y),
        xs,
      );
    // And every exponent binade of y for a few bases.
    for (const x of [0.3, 0.999999, 1.000001, 2.5, 1e-300, 1e300, -2, -0.5])
      same(
        `pow(${x}, ·)`,
        (y) => pm.pow(x, y),
        (y) => ref.pow(x, y),
        ALL.filter((_, i) => i % 4 === 0),
      );
  });

  it('every function gives the same bits on random doubles (fast-check)', () => {
    const bits = fc
      .tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }))
      .map(([h, l]) => fromWords(h, l));
    fc.assert(
      fc.property(bits, bits, (x, y) => {
        for (const [f, g] of [
          [pm.log, ref.log],
          [pm.log1p, ref.log1p],
          [pm.log2, ref.log2],
          [pm.exp, ref.exp],
        ] as const)
          if (!Object.is(f(x), g(x))) return false;
        return Object.is(pm.pow(x, y), ref.pow(x, y)) && Object.is(pm.pow(Math.abs(x) % 4, y % 64), ref.pow(Math.abs(x) % 4, y % 64));
      }),
      { numRuns: 200_000, seed: 19 },
    );
  });
});
