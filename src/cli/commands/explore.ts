/**
 * `goodhart explore`: write the explorer page, `explorer.html` (one self-contained file: open it
 * from disk or put it on any static host), into --out atomically; with --serve, also serve it on
 * localhost and print its URL until interrupted (Ctrl-C).
 *
 *   argv ─▶ check --out (src/pipeline/out-dir.ts) ─▶ bundle the page (src/explorer) ─▶ write ─▶ [serve]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../args.js';
import { checkOutDir, FORCE_OPTION, OUT_RULES, outTarget, writeResult } from '../../pipeline/out-dir.js';
import { EXPLORER_FILE, explorerHtml } from '../../explorer/index.js';
import { ParameterError } from '../../errors.js';
import { parseDecimalInt } from '../../params.js';

/** Port `--serve` listens on when --port is not given. */
export const DEFAULT_PORT = 8137;

/** Serve the page at `file` on 127.0.0.1:`port` (0: any free port); resolves with the URL once listening. */
export function servePage(file: string, port: number): Promise<{ url: string; close: () => void }> {
  const body = readFileSync(file);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split(/[?#]/)[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/' || path === `/${EXPLORER_FILE}`) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found: the explorer is at /\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new ParameterError('--port', port, `a free port from 0 to 65535 (${e.code ?? e.message}; 0 picks any free one)`)),
    );
    server.listen(port, '127.0.0.1', () => {
      const a = server.address();
      const p = typeof a === 'object' && a !== null ? a.port : port;
      resolve({ url: `http://127.0.0.1:${p}/${EXPLORER_FILE}`, close: () => server.close() });
    });
  });
}

export const exploreCommand: Command = {
  name: 'explore',
  summary: 'write explorer.html: the simulator in one page (controls, network, scatter, top 10, drift); --serve serves it',
  options: {
    out: { kind: 'text', description: `output directory (default: results/explorer); ${OUT_RULES}`, placeholder: 'DIR' },
    force: FORCE_OPTION,
    quiet: { kind: 'bool', description: 'print only the served URL (with --serve) and errors', default: false, short: 'q' },
    serve: { kind: 'bool', description: 'also serve the page on localhost and print its URL (until Ctrl-C)', default: false },
    port: { kind: 'text', description: `with --serve: the port, 0-65535 (default ${DEFAULT_PORT}; 0 = any free port)`, placeholder: 'N' },
  },
  examples: ['goodhart explore', 'goodhart explore --out class --serve', 'goodhart explore --serve --port 0'],
  async run(args) {
    const serve = args.options.serve === true;
    const rawPort = args.options.port;
    if (rawPort !== undefined && !serve) throw new ParameterError('--port', rawPort, 'only with --serve');
    const port = rawPort === undefined ? DEFAULT_PORT : parseDecimalInt('--port', rawPort, 0, 65535);
    const target = outTarget(args.options, 'explore', join('results', 'explorer'));
    checkOutDir(target);
    const written = writeResult(target, new Map([[EXPLORER_FILE, await explorerHtml()]]));
    const file = join(written, EXPLORER_FILE);
    if (args.options.quiet !== true) {
      console.log(`explorer: ${file}`);
      console.log(`wrote ${written}`);
    }
    if (!serve) return 0;
    const { url, close } = await servePage(file, port);
    console.log(`serving ${url} (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        close();
        resolve();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
