/**
 * Phase events of a run, for the pipeline benchmark (bench/pipeline.ts): the pipeline wraps each
 * phase (simulation, truth, scorers, drift, budget sweep, claims, tables, charts, report, write)
 * in {@link phase}, and a listener, when one is set, hears where each phase starts and ends. With
 * no listener (every command and test) a phase is a plain call: nothing is measured and nothing
 * reaches the outputs, so files are byte-identical with or without one.
 * Only outermost phases are reported: a phase run inside another (the budget sweep's simulations,
 * the claims' control runs) counts toward the outer one, so phase times add up to the run.
 */

/** Hears `start` and `end` of each outermost phase, by name. */
export type PhaseListener = (event: 'start' | 'end', name: string) => void;

let listener: PhaseListener | undefined;
let depth = 0;

/** Set (or with `undefined`, clear) the process's phase listener. */
export function onPhases(l: PhaseListener | undefined): void {
  listener = l;
}

/** Run `fn` as phase `name` (reported to the listener when it is outermost). */
export function phase<T>(name: string, fn: () => T): T {
  const outer = depth === 0 ? listener : undefined;
  outer?.('start', name);
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    outer?.('end', name);
  }
}

/** {@link phase} for an asynchronous step (awaited before the next phase starts). */
export async function phaseAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const outer = depth === 0 ? listener : undefined;
  outer?.('start', name);
  depth++;
  try {
    return await fn();
  } finally {
    depth--;
    outer?.('end', name);
  }
}
