/**
 * Phase events of a run, for the pipeline benchmark (bench/pipeline.ts): the pipeline wraps each
 * phase (simulation, truth, scorers, drift, budget sweep, claims, tables, charts, report, write)
 * in {@link phase}, and a listener, when one is set, hears where each phase starts and ends. With
 * no listener (every command and test) a phase is a plain call: nothing is measured and nothing
 * reaches the outputs, so files are byte-identical with or without one.
 * Only outermost phases are reported: a phase run inside another (the budget sweep's simulations,
 * the claims' control runs) counts toward the outer one, so phase times add up to the run.
 * {@link phaseWithin} is the exception: a step measured while the simulation runs (truth, scores
 * and drift of each snapshot as it is recorded) pauses the outer phase and is reported as its own.
 */

/** Hears `start` and `end` of each outermost phase, by name. */
export type PhaseListener = (event: 'start' | 'end', name: string) => void;

let listener: PhaseListener | undefined;
let depth = 0;
/** The outermost phase being reported (undefined when none is, or no listener heard its start). */
let current: { name: string; listener: PhaseListener } | undefined;

/** Set (or with `undefined`, clear) the process's phase listener. */
export function onPhases(l: PhaseListener | undefined): void {
  listener = l;
}

/** Run `fn` as phase `name` (reported to the listener when it is outermost). */
export function phase<T>(name: string, fn: () => T): T {
  const outer = depth === 0 ? listener : undefined;
  outer?.('start', name);
  if (outer) current = { name, listener: outer };
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    if (outer) current = undefined;
    outer?.('end', name);
  }
}

/**
 * Run `fn` as phase `name`, reported as its own even when it runs directly inside an outermost
 * phase of another name: that phase is ended before and started again after (the benchmark sums a
 * phase's occurrences). Deeper inside, or with no phase around it, it is a plain {@link phase}.
 */
export function phaseWithin<T>(name: string, fn: () => T): T {
  const paused = depth === 1 ? current : undefined;
  if (!paused || paused.name === name) return phase(name, fn);
  paused.listener('end', paused.name);
  depth--;
  try {
    return phase(name, fn);
  } finally {
    depth++;
    current = paused;
    paused.listener('start', paused.name);
  }
}

/** {@link phase} for an asynchronous step (awaited before the next phase starts). */
export async function phaseAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const outer = depth === 0 ? listener : undefined;
  outer?.('start', name);
  if (outer) current = { name, listener: outer };
  depth++;
  try {
    return await fn();
  } finally {
    depth--;
    if (outer) current = undefined;
    outer?.('end', name);
  }
}
