/**
 * Bundle TypeScript for a page that must work from `file://` with no network: esbuild (already in
 * the tree through tsx) makes one minified IIFE for the browser. Node built-ins that some modules
 * import for their file or multi-thread paths (`node:fs`, `node:worker_threads`, ...) are replaced
 * by a module whose every function throws "not available in the browser" when called; only
 * `availableParallelism` answers 1, so the engine and the truth take their single-thread path
 * (every output is the same for any thread count: tests/truth/ris-threads.test.ts). `createRequire`
 * serves `mathjs`, bundled; `SharedArrayBuffer` (absent from pages that are not cross-origin
 * isolated) is a plain ArrayBuffer. `src/version.ts` (which reads package.json) becomes its value.
 * Reference: esbuild build API (esbuild.github.io/api).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * The module every Node built-in resolves to in a browser bundle (CommonJS). esbuild copies a
 * CommonJS module's own properties into the named imports, so each imported name is an own property.
 */
const NODE_SHIM = `
const mathjs = require('mathjs');
const shim = {};
for (const name of ${JSON.stringify([
  'readFileSync',
  'writeFileSync',
  'existsSync',
  'statSync',
  'mkdirSync',
  'openSync',
  'closeSync',
  'writeSync',
  'fsyncSync',
  'renameSync',
  'rmSync',
  'readdirSync',
  'mkdtempSync',
  'rmdirSync',
  'dirname',
  'join',
  'resolve',
  'extname',
  'basename',
  'relative',
  'sep',
  'fileURLToPath',
  'pathToFileURL',
  'createHash',
  'isUtf8',
  'execFileSync',
  'cpus',
  'Worker',
  'MessageChannel',
  'receiveMessageOnPort',
  'workerData',
  'parentPort',
  'isMainThread',
  'Resvg',
  'default',
])}) {
  shim[name] = function () { throw new Error(name + ' is not available in the browser'); };
}
shim.availableParallelism = () => 1;
shim.createRequire = () => (id) => { if (id === 'mathjs') return mathjs; throw new Error(id + ' is not bundled'); };
module.exports = shim;
`;

/**
 * Module names that take the shim: Node-only (native or file-system bound), and vega, which only
 * the Node chart renderer imports (a page inlines vega's own browser builds, src/report/assets.ts).
 */
const NODE_ONLY =
  /^(node:.*|fs|path|os|url|module|crypto|buffer|child_process|worker_threads|@resvg\/resvg-js|dejavu-fonts-ttf|vega|vega-lite|vega-embed)$/;

/**
 * Bundle `entryFile` (a .ts path) for the browser: one minified IIFE, `</script` never in its text.
 * @returns the JavaScript source
 */
export async function bundleBrowserScript(entryFile: string): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entryFile],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    // import.meta.url: a valid URL that names no file (a worker entry URL is computed, never opened).
    // A page that is not cross-origin isolated has no SharedArrayBuffer; on one thread a plain
    // ArrayBuffer holds the same bytes (the engine shares buffers only with its worker threads).
    define: { 'import.meta.url': '"file:///goodhart-browser-bundle.js"', SharedArrayBuffer: 'ArrayBuffer' },
    plugins: [
      {
        name: 'goodhart-browser',
        setup(b) {
          b.onResolve({ filter: NODE_ONLY }, (a) => ({ path: a.path, namespace: 'node-shim' }));
          b.onLoad({ filter: /.*/, namespace: 'node-shim' }, () => ({ contents: NODE_SHIM, loader: 'js', resolveDir: HERE }));
          b.onLoad({ filter: /[\\/](src|dist)[\\/]version\.(ts|js)$/ }, () => ({
            contents: `export const VERSION = ${JSON.stringify(VERSION)};`,
            loader: 'ts',
          }));
        },
      },
    ],
  });
  const text = result.outputFiles[0]!.text;
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The project's root folder (for entry files given relative to it). */
export const PROJECT_ROOT = join(HERE, '..', '..');
