/**
 * The decay game on the lesson page: the point chart (validity round by round on every path) and
 * the playable part, a few buttons and a table driven by a short inline script that looks up the
 * precomputed tree (src/lessons/decay-game.ts): nothing the class sees is scripted, every number
 * is a node the model computed. Works from `file://` with no network (vega-embed is inlined by
 * the report; the script only reads the JSON island).
 * Reference: Satyanarayan et al., "Vega-Lite: A grammar of interactive graphics", IEEE TVCG 2017.
 */
import type { TopLevelSpec } from 'vega-lite';
import { specHeader, type ChartOptions } from '../charts/common.js';
import { STRATEGIES } from '../dynamics/strategies.js';
import { escapeHtml, escapeScript, jsonForScript } from '../report/escape.js';
import { allPaths, pathKey, type GameTree } from './decay-game.js';

/** The explorer's `game=` value that opens the team decay game (src/explorer/game-state.ts). */
export const TEAM_GAME = 'decay-teams';

/** Plain words for each choice (a strategy id of src/dynamics/strategies.ts). */
const CHOICE_LABEL: Readonly<Record<string, string>> = {
  organic: 'stay organic',
  'engagement-bots': 'rent engagement',
  'bought-followers': 'buy followers',
  'follow-farming': 'farm follow-backs',
  'engagement-pod': 'join a pod',
  'volume-spam': 'post spam',
};

/** Plain words for a choice (a strategy id), as the games' buttons show it. */
export function choiceLabel(id: string): string {
  return CHOICE_LABEL[id] ?? id;
}
const label = choiceLabel;

/** Validity by round for every path; the paths that repeat one choice are coloured, the others grey. */
export function decayGameChart(tree: GameTree, opts: ChartOptions = {}): TopLevelSpec {
  const { choices, rounds } = tree.spec;
  const rows: { path: string; round: number; validity: number; kind: string }[] = [];
  for (const path of allPaths(choices.length, rounds)) {
    const uniform = path.every((c) => c === path[0]);
    const name = path.map((c) => label(choices[c]!)).join(' → ');
    for (let r = 0; r <= rounds; r++) {
      const node = tree.nodes.get(pathKey(path.slice(0, r)))!;
      rows.push({
        path: name,
        round: r,
        validity: node.validity,
        kind: uniform ? `${label(choices[path[0]!]!)} every round` : 'mixed choices',
      });
    }
  }
  const kinds = [...choices.map((c) => `${label(c)} every round`), 'mixed choices'];
  return {
    ...specHeader(
      opts,
      "The score's validity on every path of the game",
      'One line per way the game can go: up is a score that agrees with true influence (1 = exactly, 0 = chance); round 0 is before the score is deployed.',
    ),
    data: { values: rows },
    encoding: {
      x: { field: 'round', type: 'ordinal', title: 'round (0 = before the score is deployed)', axis: { labelAngle: 0 } },
      y: { field: 'validity', type: 'quantitative', title: "score's validity (Spearman with true influence)" },
      detail: { field: 'path', type: 'nominal' },
      color: {
        field: 'kind',
        type: 'nominal',
        title: 'the class chose',
        legend: { labelLimit: 400 },
        scale: { domain: kinds, range: ['#4c78a8', '#e45756', '#f58518', '#d3d3d3'] },
      },
      tooltip: [
        { field: 'path', type: 'nominal', title: 'choices' },
        { field: 'round', type: 'ordinal' },
        { field: 'validity', type: 'quantitative', format: '.3f' },
      ],
    },
    // Mixed paths first, in grey; the three one-choice paths drawn over them.
    layer: [
      { transform: [{ filter: "datum.kind === 'mixed choices'" }], mark: { type: 'line', point: true, strokeWidth: 1.5 } },
      { transform: [{ filter: "datum.kind !== 'mixed choices'" }], mark: { type: 'line', point: true, strokeWidth: 3 } },
    ],
  };
}

/**
 * The game's inline script: reads the JSON island, offers the choices, fills the table and the
 * chart. It starts on DOMContentLoaded, after the report's inlined vega-embed (at the end of the body).
 */
const GAME_SCRIPT = `
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('decay-game');
  var data = JSON.parse(document.getElementById('decay-game-data').textContent);
  var path = [];
  function node(p) { return data.nodes[p.join('-')]; }
  function fmt(x) { return (Math.round(x * 1000) / 1000).toFixed(3); }
  function pct(x) { return Math.round(x * 100) + '%'; }
  function row(cells) {
    var tr = document.createElement('tr');
    cells.forEach(function (c) { var td = document.createElement('td'); td.textContent = c; tr.appendChild(td); });
    return tr;
  }
  function draw() {
    var body = root.querySelector('tbody');
    body.textContent = '';
    var values = [];
    for (var r = 0; r <= path.length; r++) {
      var n = node(path.slice(0, r));
      var choice = r === 0 ? '(before the score)' : data.choices[path[r - 1]].label;
      body.appendChild(row([String(r), choice, fmt(n.validity), pct(n.gamingShare), r === 0 ? '–' : '#' + n.classBestPlace]));
      values.push({ round: r, validity: n.validity });
    }
    var done = path.length >= data.rounds;
    root.querySelector('.game-status').textContent = done
      ? 'Game over: the score went from ' + fmt(node([]).validity) + ' to ' + fmt(node(path).validity) + '. Play again to try other choices.'
      : 'Round ' + (path.length + 1) + ' of ' + data.rounds + ': what do your ' + data.accounts + ' accounts do?';
    root.querySelectorAll('button[data-choice]').forEach(function (b) { b.disabled = done; });
    var spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      width: 'container', height: 220, autosize: { type: 'fit-x', contains: 'padding' },
      config: { font: 'DejaVu Sans, sans-serif', axis: { labelFontSize: 16, titleFontSize: 16 } },
      data: { values: values },
      mark: { type: 'line', point: { size: 120 }, strokeWidth: 3, color: '#e45756' },
      encoding: {
        x: { field: 'round', type: 'quantitative', title: 'round', scale: { domain: [0, data.rounds] }, axis: { tickMinStep: 1 } },
        y: { field: 'validity', type: 'quantitative', title: "score's validity", scale: { domain: [data.lo, data.hi] } }
      }
    };
    vegaEmbed(root.querySelector('.game-chart'), spec, { renderer: 'svg', actions: false }).catch(function (err) { console.error(err); });
  }
  root.querySelectorAll('button[data-choice]').forEach(function (b) {
    b.addEventListener('click', function () {
      if (path.length < data.rounds) { path.push(Number(b.getAttribute('data-choice'))); draw(); }
    });
  });
  root.querySelector('button.game-reset').addEventListener('click', function () { path = []; draw(); });
  draw();
});
`;

/**
 * The playable game as an HTML fragment: the tree as a JSON island, one button per choice, a
 * table of the rounds played (validity, share of others gaming, the class's best place) and a
 * small chart of the validity so far, with a "Play again" button; with `teamsHref`, a link to the
 * team version of the game in the explorer page.
 */
export function decayGameHtml(tree: GameTree, teamsHref?: string): string {
  const values = [...tree.nodes.values()].map((n) => n.validity);
  const pad = 0.05;
  const data = {
    rounds: tree.spec.rounds,
    accounts: tree.spec.accounts.length,
    choices: tree.spec.choices.map((id) => ({ id, label: label(id) })),
    lo: Math.floor((Math.min(...values) - pad) * 10) / 10,
    hi: Math.ceil((Math.max(...values) + pad) * 10) / 10,
    nodes: Object.fromEntries(
      [...tree.nodes].map(([k, n]) => [k, { validity: n.validity, gamingShare: n.gamingShare, classBestPlace: n.classBestPlace }]),
    ),
  };
  const buttons = tree.spec.choices
    .map((id, c) => {
      const desc = STRATEGIES.find((s) => s.id === id)?.description ?? '';
      return `<button type="button" data-choice="${c}" title="${escapeHtml(desc)}">${escapeHtml(label(id))}</button>`;
    })
    .join(' ');
  return `<div id="decay-game">
<style>
#decay-game button { font: inherit; padding: .4em .9em; margin: .2em .3em .2em 0; border: 2px solid #2f6fa3; border-radius: 6px; background: #fff; color: #1d232a; cursor: pointer; }
#decay-game button:disabled { opacity: .45; cursor: default; }
#decay-game .game-status { font-weight: 600; }
#decay-game .game-chart { width: 100%; min-height: 240px; }
</style>
<p class="game-status"></p>
<p class="game-choices">${buttons}</p>
<div class="table-wrap"><table>
<thead><tr><th>round</th><th>your accounts</th><th>score's validity</th><th>others gaming</th><th>your best place</th></tr></thead>
<tbody></tbody>
</table></div>
<div class="game-chart" role="img" aria-label="The score's validity over the rounds played"></div>
<p><button type="button" class="game-reset">Play again</button></p>
${
  teamsHref === undefined
    ? ''
    : `<p class="game-teams"><b>Playing in teams?</b> <a href="${escapeHtml(teamsHref)}">Open the team game</a>: the class splits into 2 to 6 teams, each steering its own few accounts of this world and picking its own strategy every round (it runs in the explorer page beside this one).</p>\n`
}<script type="application/json" id="decay-game-data">${jsonForScript(data)}</script>
<script>${escapeScript(GAME_SCRIPT)}</script>
</div>`;
}
