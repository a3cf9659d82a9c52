/**
 * Portable transcendental functions: log, log1p, log2, exp and pow computed with IEEE-754 double
 * arithmetic only (+, −, ×, ÷ and bit moves), so they give the same bits in every JavaScript
 * engine. ECMAScript leaves Math.log, Math.exp, Math.pow … "implementation-approximated": Node 20's
 * V8 and a current Chromium's V8 differ in the last bit for about one input in ten, which made the
 * explorer page's truth differ from the CLI's in the 16th digit. Every number that reaches a
 * result file goes through these instead (tests/architecture/portable-math.test.ts enforces it).
 *
 * Source: fdlibm 5.3 (Sun Microsystems 1993: e_log.c, s_log1p.c, e_exp.c, e_pow.c, and log2 from
 * FreeBSD msun e_log2.c), as adapted in V8's src/base/ieee754.cc, which is what Node 20's Math.log,
 * Math.log1p, Math.log2, Math.exp and Math.pow compute; the port keeps every operation and its order,
 * so on Node 20 the results are the same bits as Math's (tests/unit/portable-math.test.ts).
 */

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** Index of the high (sign, exponent, top of fraction) word in U32: 1 on little-endian engines. */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/**
 * POW2[j + 1074] = 2^j for j = −1074 … 1024 (2^1024 = ∞), each exact. Multiplying a double by one
 * of them is exact while the result stays normal, so it stands in for rewriting the exponent field
 * through the typed-array views: the same bits, without storing half a double and reading the whole
 * one back (a store-to-load forwarding stall on most processors).
 */
const POW2 = new Float64Array(2099);
for (let j = 0, v = 1; j <= 1024; j++, v *= 2) POW2[j + 1074] = v;
for (let j = 0, v = 1; j >= -1074; j--, v /= 2) POW2[j + 1074] = v;

/** 2^j for an integer j in −1074 … 1024, exact. */
function pow2(j: number): number {
  return POW2[j + 1074]!;
}

/** High word of x as a signed 32-bit integer. */
function hiWord(x: number): number {
  F64[0] = x;
  return U32[HI]! | 0;
}
/** Low word of x as an unsigned 32-bit integer. */
function loWord(x: number): number {
  F64[0] = x;
  return U32[LO]!;
}
/** The double with words (hi, lo). */
function fromWords(hi: number, lo: number): number {
  U32[HI] = hi;
  U32[LO] = lo;
  return F64[0]!;
}
/** x with its high word replaced. */
function withHi(x: number, hi: number): number {
  F64[0] = x;
  U32[HI] = hi;
  return F64[0];
}
/** x with its low word set to 0. */
function clearLo(x: number): number {
  F64[0] = x;
  return fromHi(U32[HI]! | 0);
}
/**
 * The double with high word `hi` and low word 0, by arithmetic (exact: an integer below 2^21 times
 * a power of two) instead of through the typed-array views; ∞ and NaN take the views.
 */
function fromHi(hi: number): number {
  const e = (hi >>> 20) & 0x7ff;
  if (e === 0x7ff) return fromWords(hi, 0);
  const f = hi & 0x000fffff;
  const v = e === 0 ? f * pow2(-1042) : (f | 0x00100000) * pow2(e - 1043);
  return hi < 0 ? -v : v;
}

const LN2_HI = 0.6931471803691238; // 0x3FE62E42 FEE00000
const LN2_LO = 1.9082149292705877e-10; // 0x3DEA39EF 35793C76
const TWO54 = 18014398509481984.0;
const LG1 = 0.6666666666666735;
const LG2 = 0.3999999999940942;
const LG3 = 0.2857142874366239;
const LG4 = 0.22222198432149784;
const LG5 = 0.1818357216161805;
const LG6 = 0.15313837699209373;
const LG7 = 0.14798198605116586;

/** Natural logarithm (fdlibm e_log.c); error < 1 ulp. log(0) = −∞, log(x < 0) = NaN. */
export function log(x: number): number {
  F64[0] = x;
  let hx = U32[HI]! | 0;
  const lx = U32[LO]!;
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return Number.NaN;
    k -= 54;
    x *= TWO54;
    hx = hiWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  const e = (hx >> 20) - 1023;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  // fdlibm sets x's exponent field so that x lands in [√2/2, √2): the same as x · 2^−(e + i/2^20).
  const ke = e + (i >> 20);
  x *= pow2(-ke);
  k += ke;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    if (f === 0) {
      if (k === 0) return 0;
      return k * LN2_HI + k * LN2_LO;
    }
    const R = f * f * (0.5 - 0.3333333333333333 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - k * LN2_LO - f);
  }
  const s = f / (2.0 + f);
  const dk = k;
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - R);
  return dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

/** log(1 + x), accurate for tiny x (fdlibm s_log1p.c); error < 1 ulp. log1p(−1) = −∞, x < −1 gives NaN. */
export function log1p(x: number): number {
  const hx = hiWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1.0 ? -Infinity : Number.NaN;
    if (ax < 0x3e200000) {
      if (TWO54 + x > 0 && ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec4 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = hiWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = hiWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    // fdlibm sets u's exponent field to 0x3ff (or 0x3fe): u · 2^−k, exactly (u is normal here).
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u *= pow2(-k);
    } else {
      k += 1;
      u *= pow2(-k);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.6666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - (k * LN2_LO + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
}

/** log(1 + f) − f + f²/2 kernel of log2 (FreeBSD k_log.h). */
function kLog1p(f: number): number {
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  const hfsq = 0.5 * f * f;
  return s * (hfsq + R);
}

const IVLN2HI = 1.4426950407214463; // 0x3FF71547 65200000
const IVLN2LO = 1.6751713164886512e-10; // 0x3DE705FC 2EEFA200

/** Base-2 logarithm (FreeBSD msun e_log2.c); exact at powers of two. */
export function log2(x: number): number {
  let hx = hiWord(x);
  const lx = loWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return Number.NaN;
    k -= 54;
    x *= TWO54;
    hx = hiWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  if (hx === 0x3ff00000 && lx === 0) return 0;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  x = withHi(x, hx | (i ^ 0x3ff00000));
  k += i >> 20;
  const y = k;
  const f = x - 1.0;
  const hfsq = 0.5 * f * f;
  const r = kLog1p(f);
  const hi = clearLo(f - hfsq);
  const lo = f - hi - hfsq + r;
  let valHi = hi * IVLN2HI;
  let valLo = (lo + hi) * IVLN2LO + lo * IVLN2HI;
  const w = y + valHi;
  valLo += y - w + valHi;
  valHi = w;
  return valLo + valHi;
}

const P1 = 0.16666666666666602;
const P2 = -0.0027777777777015593;
const P3 = 0.00006613756321437934;
const P4 = -0.0000016533902205465252;
const P5 = 4.1381367970572385e-8;
const INVLN2 = Math.LOG2E; // 0x3FF71547 652B82FE
const TWOM1000 = 9.332636185032189e-302;
const TWO1023 = 8.98846567431158e307;

/** e^x (fdlibm e_exp.c, with V8's exact exp(1) = Math.E); error < 1 ulp. */
export function exp(x: number): number {
  let hx = hiWord(x);
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx >= 0x40862e42) {
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | loWord(x)) !== 0) return x + x;
      return xsb === 0 ? x : 0;
    }
    if (x > 709.782712893384) return Infinity;
    if (x < -745.1332191019411) return 0;
  }
  if (hx > 0x3fd62e42) {
    if (hx < 0x3ff0a2b2) {
      if (x === 1.0) return Math.E;
      hi = x - (xsb === 0 ? LN2_HI : -LN2_HI);
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = Math.trunc(INVLN2 * x + (xsb === 0 ? 0.5 : -0.5));
      const t = k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    if (1e300 + x > 1) return 1 + x;
  } else {
    k = 0;
  }
  const t = x * x;
  const twopk = k >= -1021 ? pow2(k) : pow2(k + 1000);
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2.0 * TWO1023;
    return y * twopk;
  }
  return y * twopk * TWOM1000;
}

const BP = [1.0, 1.5] as const;
const DP_H = [0.0, 0.5849624872207642] as const;
const DP_L = [0.0, 1.350039202129749e-8] as const;
const TWO53 = 9007199254740992.0;
const L1 = 0.5999999999999946;
const L2 = 0.4285714285785502;
const L3 = 0.33333332981837743;
const L4 = 0.272728123808534;
const L5 = 0.23066074577556175;
const L6 = 0.20697501780033842;
const LG2C = Math.LN2; // 0x3FE62E42 FEFA39EF
const LG2_H = 0.6931471824645996;
const LG2_L = -1.904654299957768e-9;
const OVT = 8.008566259537294e-17;
const CP = 0.9617966939259756;
const CP_H = 0.9617967009544373;
const CP_L = -7.028461650952758e-9;
const IVLN2 = Math.LOG2E;
const IVLN2_H = 1.4426950216293335;
const IVLN2_L = 1.9259629911266175e-8;

/** x · 2^n (fdlibm s_scalbn.c), for pow's results near the bottom of the range. */
function scalbn(x: number, n: number): number {
  let hx = hiWord(x);
  let k = (hx & 0x7ff00000) >> 20;
  if (k === 0) {
    if (((hx & 0x7fffffff) | loWord(x)) === 0) return x;
    x *= TWO54;
    hx = hiWord(x);
    k = ((hx & 0x7ff00000) >> 20) - 54;
  }
  if (k === 0x7ff) return x + x;
  k += n;
  if (k > 0x7fe) return x > 0 ? Infinity : -Infinity;
  if (k > 0) return withHi(x, (hx & (0x800fffff | 0)) | (k << 20));
  if (k <= -54) return x > 0 ? 0 : -0;
  k += 54;
  return withHi(x, (hx & (0x800fffff | 0)) | (k << 20)) * 5.551115123125783e-17;
}

/**
 * x^y as the `**` operator and Math.pow define it, special cases included (fdlibm e_pow.c):
 * nearly correctly rounded; pow(integer, integer) is exact when representable.
 */
export function pow(x: number, y: number): number {
  if (Number.isNaN(y)) return Number.NaN;
  if (y === 0) return 1;
  if (Number.isNaN(x)) return Number.NaN;
  // ECMAScript: ±1 ** ±∞ is NaN (fdlibm returns 1 for +1).
  if ((x === 1 || x === -1) && !Number.isFinite(y)) return Number.NaN;
  F64[0] = x;
  const hx = U32[HI]! | 0;
  const lx = U32[LO]!;
  F64[0] = y;
  const hy = U32[HI]! | 0;
  const ly = U32[LO]!;
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;
  let yisint = 0;
  let k: number;
  let j: number;
  if (hx < 0) {
    if (iy >= 0x43400000) yisint = 2;
    else if (iy >= 0x3ff00000) {
      k = (iy >> 20) - 0x3ff;
      if (k > 20) {
        j = ly >>> (52 - k);
        if ((j << (52 - k)) >>> 0 === ly) yisint = 2 - (j & 1);
      } else if (ly === 0) {
        j = iy >> (20 - k);
        if (j << (20 - k) === iy) yisint = 2 - (j & 1);
      }
    }
  }
  if (ly === 0) {
    if (iy === 0x7ff00000) {
      if (((ix - 0x3ff00000) | lx) === 0) return y - y;
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0;
      return hy < 0 ? -y : 0;
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x;
    if (hy === 0x40000000) return x * x;
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x);
  }
  let ax = Math.abs(x);
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    let z = ax;
    if (hy < 0) z = 1 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yisint) === 0) z = Number.NaN;
      else if (yisint === 1) z = -z;
    }
    return z;
  }
  let n = (hx >> 31) + 1;
  if ((n | yisint) === 0) return Number.NaN;
  let s = 1;
  if ((n | (yisint - 1)) === 0) s = -1;
  let t1: number;
  let t2: number;
  if (iy > 0x41e00000) {
    if (iy > 0x43f00000) {
      if (ix <= 0x3fefffff) return hy < 0 ? Infinity : 0;
      if (ix >= 0x3ff00000) return hy > 0 ? Infinity : 0;
    }
    if (ix < 0x3fefffff) return hy < 0 ? s * Infinity : s * 0;
    if (ix > 0x3ff00000) return hy > 0 ? s * Infinity : s * 0;
    const t = ax - 1;
    const w = t * t * (0.5 - t * (0.3333333333333333 - t * 0.25));
    const u = IVLN2_H * t;
    const v = t * IVLN2_L - w * IVLN2;
    t1 = clearLo(u + v);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) {
      ax *= TWO53;
      n -= 53;
      ix = hiWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const ex = ix >> 20;
    j = ix & 0x000fffff;
    ix = j | 0x3ff00000;
    if (j <= 0x3988e) k = 0;
    else if (j < 0xbb67a) k = 1;
    else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    // fdlibm sets ax's exponent field to ix's: ax · 2^(new − old exponent), exactly.
    ax *= pow2((ix >> 20) - ex);
    const bp = BP[k as 0 | 1];
    let u = ax - bp;
    let v = 1 / (ax + bp);
    const ss = u * v;
    const sH = clearLo(ss);
    let tH = fromHi((((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)) | 0);
    let tL = ax - (tH - bp);
    const sL = v * (u - sH * tH - sH * tL);
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = clearLo(3.0 + s2 + r);
    tL = r - (tH - 3.0 - s2);
    u = sH * tH;
    v = sL * tH + tL * ss;
    const pH = clearLo(u + v);
    const pL = v - (pH - u);
    const zH = CP_H * pH;
    const zL = CP_L * pH + pL * CP + DP_L[k as 0 | 1];
    const t = n;
    t1 = clearLo(zH + zL + DP_H[k as 0 | 1] + t);
    t2 = zL - (t1 - t - DP_H[k as 0 | 1] - zH);
  }
  const y1 = clearLo(y);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  F64[0] = z;
  j = U32[HI]! | 0;
  let i = U32[LO]! | 0;
  if (j >= 0x40900000) {
    if (((j - 0x40900000) | i) !== 0) return s * Infinity;
    if (pL + OVT > z - pH) return s * Infinity;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    if (((j - (0xc090cc00 | 0)) | i) !== 0) return s * 0;
    if (pL <= z - pH) return s * 0;
  }
  i = j & 0x7fffffff;
  k = (i >> 20) - 0x3ff;
  n = 0;
  if (i > 0x3fe00000) {
    n = (j + (0x00100000 >> (k + 1))) | 0;
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = fromHi(n & ~(0x000fffff >> k));
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  let t = clearLo(pL + pH);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2C + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  t = z * z;
  t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const r = (z * t1) / (t1 - 2 - (w + z * w));
  z = 1 - (r - z);
  j = hiWord(z);
  j = (j + (n << 20)) | 0;
  if (j >> 20 <= 0) z = scalbn(z, n);
  // fdlibm adds n to z's exponent field (z > 0, the result normal): z · 2^n, exactly.
  else z = n <= 1023 ? z * pow2(n) : z * pow2(1023) * 2;
  return s * z;
}
