// Worker-thread entry for tick-cascades.ts: loads the TypeScript worker body through tsx (see
// ../shared/notes/toolchain.md); if loading fails, reports state 3 so the caller does not wait forever.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

try {
  await tsImport('./cascade-worker.ts', import.meta.url);
} catch (err) {
  console.error(err);
  const control = new Int32Array(workerData.control);
  Atomics.store(control, workerData.slot, 3);
  Atomics.notify(control, workerData.slot);
}
