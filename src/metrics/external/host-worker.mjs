// Worker-thread entry of the external-scorer helper (program-host.ts): loads the TypeScript body
// through tsx (the project runs TypeScript through tsx, with no build step). If loading fails,
// the caller's wait for its first answer runs out and it reports that the helper did not start.
import { tsImport } from 'tsx/esm/api';

await tsImport('./host-worker.ts', import.meta.url);
