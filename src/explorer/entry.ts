/**
 * The browser entry of the explorer bundle (src/report/browser-bundle.ts): the same script runs as
 * the page and, started from a Blob URL of its own text, as the page's Web Worker.
 */
import { startPage } from './page.js';
import { serveWorker } from './worker.js';

if (typeof document === 'undefined') serveWorker(globalThis as unknown as Parameters<typeof serveWorker>[0]);
else startPage();
