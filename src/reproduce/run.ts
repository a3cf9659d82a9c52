/**
 * Regenerate every `reproduced` figure of the registry: each recipe runs through the library API
 * (src/api.ts `claims`, the same code path as `goodhart run`'s claims.csv) on the seeds the docs quote
 * and on fresh seeds the docs never used, then compares:
 *
 *   figure ─▶ runs on quoted seeds ─▶ same numbers within the printed precision? (✓ reproduced)
 *          └▶ runs on fresh seeds ─▶ mean and 95% interval (src/stats) ─▶ does the quote lie in it?
 *
 * Runs are cached by (scenario, seed, precision, agents): one simulation serves every figure of it.
 */
import { claims } from '../api.js';
import { SeedTree } from '../rng.js';
import { bootstrapMeanInterval, fisherZOverSeeds } from '../stats/bounded-interval.js';
import { meanInterval, type MeanInterval } from '../stats/interval.js';
import { streams } from '../streams.js';
import { DEFAULT_PRECISION } from '../truth/truth-model.js';
import type { ClaimRecipe, ReproducedFigure } from './figure.js';
import * as pm from '../portable-math.js';

/** Fresh seeds no document quotes: 7001–7010 (the docs quote 1–12 and 101–103; the learned Klout trains on 9001–9008). */
export const FRESH_SEEDS: readonly number[] = Array.from({ length: 10 }, (_, i) => 7001 + i);

/** Root seed of the fresh seeds' bootstrap streams (any fixed number; one per figure below it). */
const BOOTSTRAP_ROOT = 1;

/** The truth precision of a recipe: `report` is the CLI's default ({@link DEFAULT_PRECISION}). */
export function precisionOf(r: Pick<ClaimRecipe, 'precision'>): number {
  return r.precision === 'report' ? DEFAULT_PRECISION : r.precision;
}

/** One figure's outcome. */
export interface FigureResult {
  readonly figure: ReproducedFigure;
  /** The value on each quoted seed (as printed: × scale). */
  readonly onQuoted: readonly number[];
  /** True when the quoted seeds give the quoted numbers at the printed precision. */
  readonly reproduced: boolean;
  /** The value on each fresh seed. */
  readonly onFresh: readonly number[];
  /** Mean and 95% interval over the fresh seeds. */
  readonly fresh: MeanInterval;
  /** True when the quote (its [min, max]) meets the fresh seeds' interval. */
  readonly quoteInInterval: boolean;
}

/** One simulation's work unit: a recipe's world on one seed. */
export interface RunKey {
  readonly scenario: string;
  readonly seed: number;
  readonly precision: number | 'report';
  readonly agents?: number | undefined;
}

const keyOf = (k: RunKey): string => `${k.scenario}|${k.seed}|${k.precision}|${k.agents ?? ''}`;

/** Every distinct world the figures need, quoted seeds first (the order of the work). */
export function runKeys(figures: readonly ReproducedFigure[], fresh: readonly number[] = FRESH_SEEDS): RunKey[] {
  const keys = new Map<string, RunKey>();
  for (const f of figures)
    for (const seed of [...f.seeds, ...fresh]) {
      const k = { scenario: f.recipe.scenario, seed, precision: f.recipe.precision, agents: f.recipe.agents };
      keys.set(keyOf(k), k);
    }
  return [...keys.values()];
}

/** The claims' numbers of one world: `claim/key` → value. */
export type RunValues = ReadonlyMap<string, number>;

/** Run one world through the API and flatten its claims' numbers. */
export function runWorld(k: RunKey): RunValues {
  const out = new Map<string, number>();
  const opts = { seed: k.seed, precision: precisionOf(k), ...(k.agents !== undefined ? { agents: k.agents } : {}) };
  for (const [id, o] of claims(k.scenario, opts)) for (const [name, v] of Object.entries(o.values)) out.set(`${id}/${name}`, v);
  return out;
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
    done.set(keyOf(k), runWorld(k));
    o.onProgress?.(i + 1, keys.length);
  });
  const value = (r: ClaimRecipe, seed: number): number => {
    const v = done.get(keyOf({ scenario: r.scenario, seed, precision: r.precision, agents: r.agents }))?.get(`${r.claim}/${r.key}`);
    return v === undefined ? NaN : v * (r.scale ?? 1);
  };
  return figures.map((f) =>
    judgeFigure(
      f,
      f.seeds.map((s) => value(f.recipe, s)),
      fresh.map((s) => value(f.recipe, s)),
    ),
  );
}

/** Round to `digits` decimals (as the docs print). */
export function roundTo(x: number, digits: number): number {
  const m = 10 ** digits;
  return Math.round(x * m) / m;
}

/** Judge one figure from its values on the quoted and the fresh seeds. */
export function judgeFigure(figure: ReproducedFigure, onQuoted: readonly number[], onFresh: readonly number[]): FigureResult {
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

function freshInterval(f: ReproducedFigure, xs: readonly number[]): MeanInterval {
  const rng = () => new SeedTree(BOOTSTRAP_ROOT).stream(streams.reproduce(f.id));
  if (f.interval === 'fisher-z') return fisherZOverSeeds(xs, rng);
  if (f.interval === 'bootstrap') return bootstrapMeanInterval(xs, rng());
  return meanInterval(xs);
}
