/**
 * Regenerate every `reproduced` figure of the registry: each recipe runs through the code path a
 * user's command takes (src/reproduce/recipes/: a claim through the API's `claims`, a truth figure
 * as `goodhart truth`, a lesson's fact through the lesson's own analysis) on the seeds the docs
 * quote and on fresh seeds the docs never used, then compares:
 *
 *   figure ─▶ runs on quoted seeds ─▶ same numbers within the printed precision? (✓ reproduced)
 *          └▶ runs on fresh seeds ─▶ mean and 95% interval (src/stats) ─▶ does the quote lie in it?
 *
 * A "k of n" figure counts the seeds its claim holds on: reproduced when the quoted seeds give
 * exactly k, and reported over the fresh seeds as a share with its Wilson interval.
 * Runs are cached by world (src/reproduce/recipes/kind.ts): one simulation serves every figure of it.
 */
import { SeedTree } from '../rng.js';
import { bootstrapMeanInterval, fisherZOverSeeds, wilsonInterval, wilsonOverSeeds } from '../stats/bounded-interval.js';
import { meanInterval, type MeanInterval } from '../stats/interval.js';
import { streams } from '../streams.js';
import type { Recipe, ReproducedFigure } from './figure.js';
import { recipePick, recipeRun, recipeWorld } from './recipes/index.js';
import type { RunValues } from './recipes/kind.js';
import * as pm from '../portable-math.js';

export { precisionOf } from './recipes/claim.js';
export type { RunValues } from './recipes/kind.js';

/** Fresh seeds no document quotes: 7001–7010 (the docs quote 1–12 and 101–103; the learned Klout trains on 9001–9008). */
export const FRESH_SEEDS: readonly number[] = Array.from({ length: 10 }, (_, i) => 7001 + i);

/** The standard normal's 0.975 quantile: the 95% Wilson interval of a share of seeds. */
const Z_95 = 1.959963984540054;

/** Root seed of the fresh seeds' bootstrap streams (any fixed number; one per figure below it). */
const BOOTSTRAP_ROOT = 1;

/** One figure's outcome. */
export interface FigureResult {
  readonly figure: ReproducedFigure;
  /** The value(s) on each quoted seed, in seed order (as printed: × scale; a 0/1 verdict for "k of n"). */
  readonly onQuoted: readonly number[];
  /** True when the quoted seeds give the quoted numbers at the printed precision. */
  readonly reproduced: boolean;
  /** The value(s) on each fresh seed. */
  readonly onFresh: readonly number[];
  /** Mean and 95% interval over the fresh seeds (a share of them for "k of n"). */
  readonly fresh: MeanInterval;
  /** True when the quote (its [min, max]; k/n for "k of n") meets the fresh seeds' interval. */
  readonly quoteInInterval: boolean;
}

/** One simulation's work unit: the world a recipe reads on one seed. */
export interface RunKey {
  /** The world's cache key (src/reproduce/recipes/index.ts `recipeWorld`). */
  readonly world: string;
  readonly recipe: Recipe;
  readonly seed: number;
}

/** Every distinct world the figures need, quoted seeds first (the order of the work). */
export function runKeys(figures: readonly ReproducedFigure[], fresh: readonly number[] = FRESH_SEEDS): RunKey[] {
  const keys = new Map<string, RunKey>();
  for (const f of figures)
    for (const seed of [...f.seeds, ...fresh]) {
      const world = recipeWorld(f.recipe, seed);
      if (!keys.has(world)) keys.set(world, { world, recipe: f.recipe, seed });
    }
  return [...keys.values()];
}

/** Run one world through its recipe kind's public code path. */
export function runWorld(k: RunKey): RunValues {
  return recipeRun(k.recipe, k.seed);
}

/** Options of {@link reproduce}. */
export interface ReproduceOptions {
  /** Fresh seeds (default {@link FRESH_SEEDS}). */
  readonly fresh?: readonly number[] | undefined;
  /** Called after each world with the worlds done and the total. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Regenerate `figures` (see the module doc); worlds run one after another in this thread. */
export function reproduce(figures: readonly ReproducedFigure[], o: ReproduceOptions = {}): FigureResult[] {
  const fresh = o.fresh ?? FRESH_SEEDS;
  const keys = runKeys(figures, fresh);
  const done = new Map<string, RunValues>();
  keys.forEach((k, i) => {
    done.set(k.world, runWorld(k));
    o.onProgress?.(i + 1, keys.length);
  });
  const values = (r: Recipe, seeds: readonly number[]): number[] =>
    seeds.flatMap((s) => {
      const v = done.get(recipeWorld(r, s));
      return v === undefined ? [Number.NaN] : recipePick(r, v);
    });
  return figures.map((f) => judgeFigure(f, values(f.recipe, f.seeds), values(f.recipe, fresh)));
}

/** Round to `digits` decimals (as the docs print). */
export function roundTo(x: number, digits: number): number {
  const m = 10 ** digits;
  return Math.round(x * m) / m;
}

/** Judge one figure from its values on the quoted and the fresh seeds. */
export function judgeFigure(figure: ReproducedFigure, onQuoted: readonly number[], onFresh: readonly number[]): FigureResult {
  if (figure.rule === 'k-of-n') return judgeKOfN(figure, onQuoted, onFresh);
  const r = onQuoted.map((v) => roundTo(v, figure.digits));
  const eq = (a: number, b: number): boolean => Math.abs(a - b) < pm.pow(10, -(figure.digits + 3));
  const reproduced =
    r.every(Number.isFinite) &&
    (figure.rule === 'per-seed'
      ? r.length === figure.quoted.length && r.every((v, i) => eq(v, figure.quoted[i]!))
      : eq(Math.min(...r), figure.quoted[0]!) && eq(Math.max(...r), figure.quoted[1]!));
  const fresh = freshInterval(figure, onFresh);
  const qlo = Math.min(...figure.quoted);
  const qhi = Math.max(...figure.quoted);
  const quoteInInterval = qhi >= roundTo(fresh.lo, figure.digits) && qlo <= roundTo(fresh.hi, figure.digits);
  return { figure, onQuoted, reproduced, onFresh, fresh, quoteInInterval };
}

/**
 * "k of n": each value is a 0/1 verdict per seed. Reproduced when the n quoted seeds hold on exactly
 * k; the fresh seeds give the share that hold with its 95% Wilson interval, and the quote meets it
 * when k/n (at the printed precision) lies inside.
 */
function judgeKOfN(figure: ReproducedFigure, onQuoted: readonly number[], onFresh: readonly number[]): FigureResult {
  const [k, n] = figure.quoted as [number, number];
  const is01 = (xs: readonly number[]): boolean => xs.every((v) => v === 0 || v === 1);
  const reproduced = is01(onQuoted) && onQuoted.length === n && onQuoted.reduce((a, b) => a + b, 0) === k;
  const fresh = shareInterval(is01(onFresh) ? onFresh : []);
  const share = roundTo(k / n, figure.digits);
  const quoteInInterval = share >= roundTo(fresh.lo, figure.digits) && share <= roundTo(fresh.hi, figure.digits);
  return { figure, onQuoted, reproduced, onFresh, fresh, quoteInInterval };
}

/** The share of seeds that hold (0/1 values) with its 95% Wilson interval (n = the seeds). */
export function shareInterval(xs: readonly number[]): MeanInterval {
  const n = xs.length;
  if (n === 0) return { n: 0, mean: Number.NaN, lo: Number.NaN, hi: Number.NaN, sd: Number.NaN };
  const k = xs.reduce((a, b) => a + b, 0);
  const [lo, hi] = wilsonInterval(k, n, Z_95);
  const mean = k / n;
  return { n, mean, lo, hi, sd: n > 1 ? Math.sqrt((k * (1 - mean) * (1 - mean) + (n - k) * mean * mean) / (n - 1)) : 0 };
}

function freshInterval(f: ReproducedFigure, xs: readonly number[]): MeanInterval {
  const rng = () => new SeedTree(BOOTSTRAP_ROOT).stream(streams.reproduce(f.id));
  if (f.interval === 'fisher-z') return fisherZOverSeeds(xs, rng);
  if (f.interval === 'bootstrap') return bootstrapMeanInterval(xs, rng());
  if (f.interval === 'wilson') return wilsonOverSeeds(xs, 1);
  return meanInterval(xs);
}
