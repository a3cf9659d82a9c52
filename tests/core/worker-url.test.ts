/** workerUrl (src/worker-url.ts): the tsx shim next to a `.ts` caller, the compiled body next to a built `.js` caller; both entries exist in a checkout and a build. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerUrl } from '../../src/worker-url.js';

const ENTRIES = [
  ['src/engine/tick-cascades.ts', { source: './cascade-worker.mjs', built: './cascade-worker.js' }, 'src/engine/cascade-worker.ts'],
  ['src/truth/ris-chunks.ts', { source: './ris-worker.mjs', built: './ris-worker.js' }, 'src/truth/ris-worker.ts'],
  [
    'src/metrics/algorithms/pagerank-threads.ts',
    { source: './pagerank-worker.mjs', built: './pagerank-worker.js' },
    'src/metrics/algorithms/pagerank-worker.ts',
  ],
  ['src/gauntlet/pool.ts', { source: './worker.mjs', built: './worker-task.js' }, 'src/gauntlet/worker-task.ts'],
] as const;

describe('workerUrl', () => {
  it('picks the shim for a TypeScript caller and the compiled file for a built caller', () => {
    const e = { source: './w.mjs', built: './w.js' };
    expect(workerUrl('file:///p/src/engine/a.ts', e).href).toBe('file:///p/src/engine/w.mjs');
    expect(workerUrl('file:///p/src/engine/a.mts', e).href).toBe('file:///p/src/engine/w.mjs');
    expect(workerUrl('file:///p/dist/engine/a.js', e).href).toBe('file:///p/dist/engine/w.js');
  });

  it.each(ENTRIES)('the entries %s starts exist: its shim, and the source its build compiles', (caller, entry, body) => {
    const root = new URL('../../', import.meta.url);
    const url = workerUrl(new URL(caller, root).href, entry);
    expect(existsSync(fileURLToPath(url))).toBe(true);
    expect(existsSync(fileURLToPath(new URL(body, root)))).toBe(true);
    expect(entry.built.replace(/\.js$/, '.ts')).toBe(`./${body.split('/').pop()}`);
  });
});
