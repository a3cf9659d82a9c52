/**
 * Where a worker thread's entry file is. Run from the TypeScript sources (tsx, vitest), a worker
 * starts from a `.mjs` shim that loads its `.ts` body through tsx; run from the built package
 * (dist/, plain node), it starts from the compiled `.js` body itself, so no TypeScript loader is
 * needed at run time.
 */

/** Entry file names of one worker, relative to the module that starts it. */
export interface WorkerEntry {
  /** The shim used when the caller is a `.ts` source file, e.g. `./cascade-worker.mjs`. */
  readonly source: string;
  /** The compiled body used when the caller is a built `.js` file, e.g. `./cascade-worker.js`. */
  readonly built: string;
}

/** The worker entry URL for a caller at `callerUrl` (its `import.meta.url`). */
export function workerUrl(callerUrl: string, entry: WorkerEntry): URL {
  const fromSource = /\.[cm]?ts$/.test(new URL(callerUrl).pathname);
  return new URL(fromSource ? entry.source : entry.built, callerUrl);
}
