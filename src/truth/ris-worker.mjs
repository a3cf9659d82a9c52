// Worker-thread entry for ris-chunks.ts: loads the TypeScript worker body through tsx (the
// project runs TypeScript through tsx, with no build step); if loading fails, reports state 3 so the caller does not wait forever.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

try {
  await tsImport('./ris-worker.ts', import.meta.url);
} catch (err) {
  console.error(err);
  const control = new Int32Array(workerData.control);
  Atomics.store(control, 0, 3);
  Atomics.notify(control, 0);
}
