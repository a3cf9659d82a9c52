/**
 * The browser entry of the explorer bundle (src/report/browser-bundle.ts): the same script runs as
 * the page and, started from a Blob URL of its own text, as the page's Web Worker. A fragment with
 * `game=decay-teams` opens the team decay game (src/explorer/game-page.ts) instead of the explorer.
 */
import { pageWorker, startGamePage } from './game-page.js';
import { isTeamGameFragment } from './game-state.js';
import { startPage } from './page.js';
import { serveWorker } from './worker.js';

if (typeof document === 'undefined') serveWorker(globalThis as unknown as Parameters<typeof serveWorker>[0]);
else if (isTeamGameFragment(location.hash)) startGamePage(pageWorker());
else startPage();
