// Worker-thread entry of the gauntlet pool: registers tsx so TypeScript (ours and a user's
// scorer module) loads in this thread, then starts the task loop (see worker-task.ts).
import { register } from 'tsx/esm/api';

register();
await import('./worker-task.ts');
