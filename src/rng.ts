/**
 * Seeded randomness: one root seed, named independent child streams.
 *
 * Every random draw in Goodhart comes from a {@link Rng} obtained through
 * {@link SeedTree.stream}. A stream's sequence depends only on the root seed and
 * its own name, so adding a new stream (say `attack:pod`) never changes the draws
 * of the existing ones (`graph`, `agents`, `activity`, `truth`, ...).
 *
 * Generator: Alea (Johannes Baagøe, 2010) as packaged by seedrandom.
 */
import seedrandom from 'seedrandom';
import * as pm from './portable-math.js';

/**
 * Largest root seed (2^31 − 1): every seed 0 … MAX_SEED is a distinct, exactly printed key of the
 * Alea streams, and fits the signed 32-bit integers of other tools that re-run a manifest.
 */
export const MAX_SEED = 2 ** 31 - 1;

/** A seeded stream of uniform numbers in [0, 1) with the distributions the model needs. */
export class Rng {
  /** Uniform draw in [0, 1). Bound, so it can be passed where `() => number` is wanted. */
  readonly next: () => number;
  private spareNormal: number | null = null;

  /** @param key the full stream key; prefer {@link SeedTree.stream} over calling this directly. */
  constructor(readonly key: string) {
    // The Alea generator function itself (no wrapper): the hot loops call it once per draw.
    this.next = seedrandom.alea(key) as () => number;
  }

  /** Uniform real in [a, b). */
  uniform(a = 0, b = 1): number {
    return a + (b - a) * this.next();
  }

  /** Uniform integer in [0, n). `n` must be a positive integer. */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p (p clamped to [0, 1]). */
  bernoulli(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal scaled to mean `mu` and standard deviation `sigma` (Marsaglia polar method). */
  normal(mu = 0, sigma = 1): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return mu + sigma * z;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * pm.log(s)) / s);
    this.spareNormal = v * f;
    return mu + sigma * u * f;
  }

  /** Log-normal draw: exp(N(mu, sigma)). */
  lognormal(mu: number, sigma: number): number {
    return pm.exp(this.normal(mu, sigma));
  }

  /** Exponential draw with the given rate (mean 1/rate). */
  exponential(rate: number): number {
    return -pm.log(1 - this.next()) / rate;
  }

  /** Pareto (type I) draw with scale xm > 0 and shape alpha > 0: heavy tail P(X > x) = (xm/x)^alpha. */
  pareto(xm: number, alpha: number): number {
    return xm / pm.pow(1 - this.next(), 1 / alpha);
  }

  /** Beta(a, b) draw through two gamma draws. */
  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    return x / (x + y);
  }

  /** Gamma(shape k, scale 1) draw (Marsaglia & Tsang 2000; boosted for k < 1). */
  gamma(k: number): number {
    if (k < 1) return this.gamma(k + 1) * pm.pow(this.next(), 1 / k);
    const d = k - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number, v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (pm.log(u) < 0.5 * x * x + d * (1 - v + pm.log(v))) return d * v;
    }
  }

  /** Poisson draw with mean lambda ≥ 0 (Knuth for small means, normal approximation above 60). */
  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 60) return Math.max(0, Math.round(this.normal(lambda, Math.sqrt(lambda))));
    const l = pm.exp(-lambda);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= this.next();
    } while (p > l);
    return k - 1;
  }

  /** Binomial(n, p) draw; exact for small n, normal approximation for large n·p·(1-p). */
  binomial(n: number, p: number): number {
    if (p <= 0 || n <= 0) return 0;
    if (p >= 1) return n;
    const var_ = n * p * (1 - p);
    if (var_ > 50) return Math.min(n, Math.max(0, Math.round(this.normal(n * p, Math.sqrt(var_)))));
    if (n < 64) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.next() < p) k++;
      return k;
    }
    // Geometric skipping: count successes by jumping between them.
    let k = 0;
    let i = this.geometric(p);
    while (i < n) {
      k++;
      i += 1 + this.geometric(p);
    }
    return k;
  }

  /** Number of failures before the first success, success probability p in (0, 1]. */
  geometric(p: number): number {
    if (p >= 1) return 0;
    return Math.floor(pm.log(1 - this.next()) / pm.log(1 - p));
  }

  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: ArrayLike<T>): T {
    return items[this.int(items.length)] as T;
  }

  /**
   * Index i drawn with probability proportional to cum[i] − cum[i−1], for a non-empty ascending
   * array of cumulative weights (one draw, binary search).
   */
  pickCumulative(cum: Float64Array): number {
    const x = this.next() * cum[cum.length - 1]!;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Fisher–Yates shuffle in place; returns the same array. */
  shuffle<T extends { length: number; [i: number]: unknown }>(items: T): T {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }
}

/**
 * The root of all randomness for one run. `stream(name)` gives the named child stream;
 * asking twice for the same name gives two generators with identical sequences, so each
 * concern should ask once and keep its stream.
 */
export class SeedTree {
  /** @param seed the run's root seed (a non-negative integer, recorded in every manifest). */
  constructor(readonly seed: number) {}

  /** The independent child stream for one concern, e.g. `graph`, `agents`, `activity`, `attack:farm`, `truth`. */
  stream(name: string): Rng {
    return new Rng(`goodhart/${this.seed}/${name}`);
  }

  /** A sub-tree whose streams are all prefixed with `name/` (for replicates or sub-models). */
  child(name: string): SeedTree {
    const parent = this;
    return new (class extends SeedTree {
      override stream(sub: string): Rng {
        return parent.stream(`${name}/${sub}`);
      }
      override child(sub: string): SeedTree {
        return parent.child(`${name}/${sub}`);
      }
    })(this.seed);
  }
}
