// Worker-thread entry for tick-cascades.ts: loads the TypeScript worker body through tsx (the
// project runs TypeScript through tsx, with no build step). If loading fails, it sends the error on the port and sets its
// control word to 3 (failed), so the caller reports it instead of waiting forever.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

try {
  await tsImport('./cascade-worker.ts', import.meta.url);
} catch (err) {
  try {
    workerData.port.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  } catch {
    // the caller has gone
  }
  const control = new Int32Array(workerData.control);
  Atomics.store(control, workerData.slot, 3);
  Atomics.notify(control, workerData.slot);
}
