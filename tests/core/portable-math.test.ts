// src/portable-math.ts: fdlibm's log, log1p, log2, exp and pow in plain double arithmetic give the
// same bits in every JavaScript engine, and on Node 20 (V8 11.3, whose Math is fdlibm) the same
// bits as Math. The digest pins the results for any engine; the Math comparison shows why the
// CLI's files did not change when the run path moved to the port.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as pm from '../../src/portable-math.js';

/** Deterministic inputs: uniform, wide-range, near 1, special and raw-bit doubles (xorshift32). */
function inputs(n: number): { x: Float64Array; y: Float64Array } {
  let s = 0x9e3779b9;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const bits = new Uint32Array(2);
  const asDouble = new Float64Array(bits.buffer);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const special = [
    0,
    -0,
    1,
    -1,
    0.5,
    2,
    -2,
    3,
    Infinity,
    -Infinity,
    Number.NaN,
    5e-324,
    1e-310,
    1e308,
    Math.E,
    709.78,
    -745.2,
    1 - 2 ** -53,
    1 + 2 ** -52,
  ];
  for (let i = 0; i < n; i++) {
    const kind = i % 5;
    if (kind === 0) x[i] = next();
    else if (kind === 1) x[i] = (next() * 2 - 1) * 10 ** (next() * 40 - 20);
    else if (kind === 2) x[i] = 1 + (next() - 0.5) * 2 ** -18;
    else if (kind === 3) x[i] = special[i % special.length]!;
    else {
      bits[0] = next() * 4294967296;
      bits[1] = next() * 4294967296;
      x[i] = asDouble[0]!;
    }
    y[i] = i % 7 === 0 ? special[(i >> 3) % special.length]! : (next() * 2 - 1) * 10 ** (next() * 4 - 2);
  }
  return { x, y };
}

const N = 60_000;
const { x, y } = inputs(N);
const FUNCTIONS = {
  log: [pm.log, Math.log],
  log1p: [pm.log1p, Math.log1p],
  log2: [pm.log2, Math.log2],
  exp: [pm.exp, Math.exp],
} as const;

/** SHA-256 (hex, first 16) of the result bits of f over the inputs. */
function digest(f: (i: number) => number): string {
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) out[i] = f(i);
  return createHash('sha256').update(new Uint8Array(out.buffer)).digest('hex').slice(0, 16);
}

describe('portable math', () => {
  it('gives the pinned bits (the same on every engine)', () => {
    const got = {
      log: digest((i) => pm.log(x[i]!)),
      log1p: digest((i) => pm.log1p(x[i]!)),
      log2: digest((i) => pm.log2(x[i]!)),
      exp: digest((i) => pm.exp(x[i]! * 20)),
      pow: digest((i) => pm.pow(Math.abs(x[i]!) * (i % 11 === 0 ? -1 : 1), y[i]!)),
    };
    expect(got).toEqual(PINNED);
  });

  it.runIf(process.versions.v8.startsWith('11.'))('equals Node 20’s Math bit for bit (V8 11 computes fdlibm)', () => {
    for (const [name, [mine, ref]] of Object.entries(FUNCTIONS)) {
      let differ = 0;
      for (let i = 0; i < N; i++) if (!Object.is(mine(x[i]!), ref(x[i]!))) differ++;
      expect(differ, name).toBe(0);
    }
    let differ = 0;
    for (let i = 0; i < N; i++) {
      const a = Math.abs(x[i]!) * (i % 11 === 0 ? -1 : 1);
      if (!Object.is(pm.pow(a, y[i]!), a ** y[i]!)) differ++;
    }
    expect(differ).toBe(0);
  });

  it('follows ECMAScript on the special cases of pow', () => {
    expect(pm.pow(1, Infinity)).toBeNaN();
    expect(pm.pow(-1, -Infinity)).toBeNaN();
    expect(pm.pow(Number.NaN, 0)).toBe(1);
    expect(pm.pow(-8, 1 / 3)).toBeNaN();
    expect(pm.pow(-2, 3)).toBe(-8);
    expect(Object.is(pm.pow(-0, 3), -0)).toBe(true);
    expect(pm.pow(0, -1)).toBe(Infinity);
    expect(pm.pow(2, 0.5)).toBe(Math.SQRT2);
    expect(pm.pow(10, 22)).toBe(1e22);
    expect(pm.exp(1)).toBe(Math.E);
    expect(pm.log(0)).toBe(-Infinity);
    expect(pm.log(-1)).toBeNaN();
    expect(pm.log1p(-1)).toBe(-Infinity);
    expect(pm.log2(1024)).toBe(10);
  });
});

/** Digests of the port's results (computed once; equal to Node 20's Math by the test above). */
const PINNED = {
  log: '3a737fac0c0c3cf5',
  log1p: '044473ad60a271ba',
  log2: 'b62795452556bf28',
  exp: '7c3e2cbc8b2ad43b',
  pow: 'bf370dbc1304d576',
};
