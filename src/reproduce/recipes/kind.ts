/**
 * The contract of a recipe kind (src/reproduce/figure.ts `Recipe`): which world a recipe reads on a
 * seed (so one simulation serves every figure of it), how that world is run through the public
 * code path a user's command takes, and which number(s) of it the figure is.
 */

/** A world's named numbers (`claim/key`, a truth measure, a lesson's fact). */
export type RunValues = ReadonlyMap<string, number>;

/** What a recipe regenerates, for the report's columns. */
export interface RecipeLabel {
  /** The scenario or lesson run. */
  readonly source: string;
  /** The claim, `truth` or `lesson`. */
  readonly item: string;
  /** The number read (a claim's key, a truth measure, a fact). */
  readonly measure: string;
  /** Truth precision used (relative, in (0, 1)). */
  readonly precision: number;
}

/** One recipe kind: a few small functions. */
export interface RecipeKind<R> {
  /** The cache key of the world `r` reads on `seed` (recipes with the same key share one run). */
  world(r: R, seed: number): string;
  /** Run that world: its named numbers. */
  run(r: R, seed: number): RunValues;
  /** The figure's value(s) on that world (usually one; NaN when the world lacks it). */
  pick(r: R, v: RunValues): number[];
  /** The report's description of the recipe. */
  label(r: R): RecipeLabel;
}
