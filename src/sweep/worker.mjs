// Worker-thread entry of the sweep pool: registers tsx so the TypeScript sources load in this
// thread, then starts the cell loop (see worker-task.ts).
import { register } from 'tsx/esm/api';

register();
await import('./worker-task.ts');
