/**
 * The explorer page's HTML: one file with everything inline (styles, vega/vega-lite/vega-embed
 * builds, the page script, which also runs as the Web Worker from a Blob URL), a Content Security
 * Policy that allows no network request, and the skeleton the page script fills in
 * (src/explorer/page.ts). Colours: the Okabe–Ito role palette (src/charts/common.ts).
 * Reference: HTML Living Standard (inline scripts, CSP `default-src 'none'`); WCAG 2.1 (labels,
 * focus outlines, contrast).
 */
import { escapeHtml, escapeScript } from '../report/escape.js';
import type { Bundle } from '../report/assets.js';
import { VERSION } from '../version.js';
import { KEYBOARD_TOP } from './network.js';

const STYLES = `
:root { --fg: #1a1a1a; --muted: #555; --line: #ccc; --accent: #0072B2; --bad: #b00020; font-size: 15px; }
body.large { font-size: 21px; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', Verdana, Arial, sans-serif; color: var(--fg); background: #fff; }
header { display: flex; align-items: baseline; gap: 1rem; padding: .4rem 1rem; border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.25rem; margin: 0; }
header .status { color: var(--muted); }
#layout { display: grid; grid-template-columns: minmax(250px, 21em) 1fr; height: calc(100vh - 2.6rem); }
#controls { overflow-y: auto; padding: .5rem .8rem; border-right: 1px solid var(--line); }
#views { overflow-y: auto; padding: .5rem .8rem; }
fieldset { min-width: 0; border: 1px solid var(--line); margin: 0 0 .6rem; padding: .3rem .6rem .5rem; }
legend { font-weight: bold; }
.control { margin: .35rem 0; }
.control label { display: block; }
.control .row { display: flex; gap: .4rem; align-items: center; }
.control input[type=range] { flex: 1; min-width: 0; }
.control input[type=number] { width: 5.5em; font: inherit; }
select, textarea, button, input { font: inherit; }
select { max-width: 100%; }
textarea#formula { width: 100%; }
.error { color: var(--bad); font-size: .9em; }
.hint { color: var(--muted); font-size: .85em; }
:focus-visible { outline: 3px solid #E69F00; outline-offset: 1px; }
#notices:empty, #banner:empty { display: none; }
#notices { background: #fff4e5; border: 1px solid #E69F00; padding: .3rem .6rem; margin-bottom: .5rem; }
#banner { background: #e8f1fa; border: 1px solid var(--accent); padding: .4rem .7rem; margin-bottom: .5rem; font-size: 1.15em; }
.cards { display: flex; flex-wrap: wrap; gap: .6rem; margin-bottom: .5rem; }
.card { border: 1px solid var(--line); padding: .3rem .7rem; border-radius: 4px; }
.card b { font-size: 1.35em; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(470px, 1fr)); gap: .8rem; }
.panel { border: 1px solid var(--line); padding: .4rem; min-width: 0; }
.panel h2 { font-size: 1.05rem; margin: 0 0 .3rem; }
.network { display: flex; gap: .4rem; }
.network figure { margin: 0; flex: 1; min-width: 0; }
.network canvas { width: 100%; aspect-ratio: 1; border: 1px solid #eee; }
#net-details { min-height: 2.6em; margin: .3rem 0; }
.network figcaption { text-align: center; }
#tooltip { position: fixed; pointer-events: none; background: #fff; border: 1px solid #333; padding: .3rem .5rem; display: none; z-index: 9; }
.legend span { display: inline-block; margin-right: .7rem; }
.legend i { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .25em; vertical-align: middle; }
table { border-collapse: collapse; font-size: .92em; }
th, td { padding: .1rem .45rem; border-bottom: 1px solid #eee; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.tops { display: flex; gap: 1rem; flex-wrap: wrap; }
.player { display: flex; gap: .4rem; align-items: center; margin-bottom: .3rem; }
.game { padding: .5rem 1rem; max-width: 100rem; }
.game .lead { max-width: 60rem; margin: .3rem 0 .5rem; }
#g-setup label { margin-left: .6rem; }
#g-setup input[type=number] { width: 8em; }
.g-picks { display: flex; flex-wrap: wrap; gap: .5rem; }
.g-team { margin: 0; }
.g-team label { display: block; padding: .15rem 0; cursor: pointer; }
.g-play { font-size: 1.15em; padding: .3rem 1.2rem; }
.game-status { font-weight: bold; }
.game .grid { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
#g-table td { white-space: pre-line; vertical-align: top; }
.game .panel h2 { font-size: 1.1em; }
#g-notices:empty { display: none; }
#g-notices { background: #fff4e5; border: 1px solid #E69F00; padding: .3rem .6rem; margin-bottom: .5rem; }
details textarea { width: 100%; height: 6rem; font-family: monospace; font-size: .8em; }
`;

/** The page's HTML around the inlined bundles (`app`: the page script, which is also the worker). */
export function explorerTemplate(vega: readonly Bundle[], app: string): string {
  const vegaScripts = vega.map((b) => `<script data-bundle="${b.pkg}@${b.version}">${escapeScript(b.source)}</script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">
<meta name="generator" content="goodhart ${escapeHtml(VERSION)}">
<title>Goodhart explorer</title>
<style>${STYLES}</style>
</head>
<body>
<header><h1>Goodhart explorer</h1><span class="status" id="status" role="status" aria-live="polite">loading…</span></header>
<div id="layout">
<form id="controls" aria-label="settings" onsubmit="return false"></form>
<main id="views">
<div id="banner" role="note"></div>
<div id="notices" role="alert"></div>
<div class="cards" id="cards"></div>
<div class="player" role="group" aria-label="playback">
<button type="button" id="play">Pause</button><button type="button" id="step">Step</button><button type="button" id="reset">Reset</button>
<span id="tick-label" aria-live="polite"></span></div>
<div class="grid">
<section class="panel" aria-labelledby="h-net"><h2 id="h-net">The network</h2>
<div class="network"><figure><canvas id="net-score" width="460" height="460" tabindex="0" aria-label="accounts sized by score" aria-describedby="net-keys"></canvas><figcaption id="cap-score">size = score</figcaption></figure>
<figure><canvas id="net-truth" width="460" height="460" tabindex="0" aria-label="accounts sized by true influence" aria-describedby="net-keys"></canvas><figcaption>size = true influence</figcaption></figure></div>
<p id="net-keys" class="hint">Keyboard: Tab to a picture, then the arrow keys (Home, End) step through its top ${KEYBOARD_TOP} accounts.</p>
<p id="net-details" aria-live="polite"></p>
<div class="legend" id="legend"></div></section>
<section class="panel" aria-labelledby="h-scatter"><h2 id="h-scatter">Score vs true influence</h2><div id="scatter" class="chart"></div></section>
<section class="panel" aria-labelledby="h-top"><h2 id="h-top">Top 10 by score and by truth</h2><div class="tops" id="tops"></div></section>
<section class="panel" aria-labelledby="h-drift"><h2 id="h-drift">Drift over ticks</h2><div id="drift" class="chart"></div></section>
</div>
<details><summary>Data of the final tick (CSV, as goodhart run writes it)</summary>
<label for="scores-csv">scores.csv</label><textarea id="scores-csv" readonly></textarea>
<label for="truth-csv">truth.csv</label><textarea id="truth-csv" readonly></textarea></details>
</main></div>
<main id="game-root" class="game" hidden></main>
<div id="tooltip" role="tooltip"></div>
${vegaScripts}
<script id="goodhart-app">${app}</script>
</body>
</html>
`;
}
