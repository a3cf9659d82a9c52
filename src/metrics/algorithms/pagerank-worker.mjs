// Worker-thread entry for pagerank-threads.ts: loads the TypeScript worker body through tsx (the
// project runs TypeScript through tsx, with no build step). If loading fails, it reports the way
// src/worker-pool.ts's reportWorkerFailure does (the error on the port, then its control word 3,
// failed, unless the caller said 4, exit), so the caller reports it instead of waiting forever.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

try {
  await tsImport('./pagerank-worker.ts', import.meta.url);
} catch (err) {
  try {
    workerData.port.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  } catch {
    // the caller has gone
  }
  const control = new Int32Array(workerData.control);
  for (let s = Atomics.load(control, workerData.slot); s === 0 || s === 1; s = Atomics.load(control, workerData.slot)) {
    if (Atomics.compareExchange(control, workerData.slot, s, 3) === s) break;
  }
  Atomics.notify(control, workerData.slot);
}
