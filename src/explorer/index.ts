/**
 * The explorer page as a file: `explorer.html`, self-contained (styles, vega builds, and the
 * bundled TypeScript of the engine, truth, scorers and drift measures, which the page runs in a
 * Web Worker), working from `file://` and from any static host with no network request.
 *
 *   src/explorer/entry.ts ─esbuild (src/report/browser-bundle.ts)─▶ app script
 *   vega, vega-lite, vega-embed builds (src/report/assets.ts) + app script ─template.ts─▶ explorer.html
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserBundles } from '../report/assets.js';
import { bundleBrowserScript } from '../report/browser-bundle.js';
import { syncDir, writeDurably } from '../io/atomic-dir.js';
import { explorerTemplate } from './template.js';

export { parseState, stateToFragment, defaultState, type ExplorerState } from './state.js';
export { explore, explorerConfig, type ExplorerResult } from './compute.js';

/** File name of the page. */
export const EXPLORER_FILE = 'explorer.html';

let cached: Promise<string> | undefined;

/** The page's HTML (bundled once per process). */
export function explorerHtml(): Promise<string> {
  cached ??= (async () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const entry = existsSync(join(here, 'entry.ts')) ? join(here, 'entry.ts') : join(here, 'entry.js');
    return explorerTemplate(browserBundles(), await bundleBrowserScript(entry));
  })();
  return cached;
}

/**
 * Write `explorer.html` into the folder `outDir` (created when missing), durably and atomically
 * (a temporary file renamed over it), e.g. beside a lesson's pages. Returns the file's absolute path.
 */
export async function writeExplorerPage(outDir: string): Promise<string> {
  const html = await explorerHtml();
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, EXPLORER_FILE);
  const tmp = `${path}.tmp-${process.pid}`;
  writeDurably(tmp, html);
  renameSync(tmp, path);
  syncDir(dir);
  return path;
}
