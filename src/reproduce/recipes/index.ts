/**
 * The recipe kinds by name (src/reproduce/figure.ts `Recipe`): a registry entry names its kind, and
 * each kind is a few small functions (./kind.ts) going through the code path a user's command takes.
 */
import type { Recipe } from '../figure.js';
import { claimKind, holdsKind } from './claim.js';
import type { RecipeKind, RecipeLabel, RunValues } from './kind.js';
import { lessonKind } from './lesson.js';
import { truthKind } from './truth.js';

/** The world key of `r` on `seed` (recipes with equal keys share one run). */
export function recipeWorld(r: Recipe, seed: number): string {
  return dispatch(r, (k, x) => k.world(x, seed));
}

/** Run the world `r` reads on `seed`. */
export function recipeRun(r: Recipe, seed: number): RunValues {
  return dispatch(r, (k, x) => k.run(x, seed));
}

/** The figure's value(s) from its world's numbers. */
export function recipePick(r: Recipe, v: RunValues): number[] {
  return dispatch(r, (k, x) => k.pick(x, v));
}

/** The report's description of `r`. */
export function recipeLabel(r: Recipe): RecipeLabel {
  return dispatch(r, (k, x) => k.label(x));
}

type Use<T> = <R>(kind: RecipeKind<R>, r: R) => T;

function dispatch<T>(r: Recipe, use: Use<T>): T {
  switch (r.kind) {
    case 'holds':
      return use(holdsKind, r);
    case 'truth':
      return use(truthKind, r);
    case 'lesson':
      return use(lessonKind, r);
    default:
      return use(claimKind, r);
  }
}
