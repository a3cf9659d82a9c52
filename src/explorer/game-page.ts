/**
 * The team decay game in the explorer page (`explorer.html#game=decay-teams&…`): the class splits
 * into teams, each steering a few accounts of the decay lesson's world; before each round every team
 * picks a strategy (a labelled radio group per team, keyboard operable), and "Play round" sends the
 * choices so far to the page's Web Worker, which simulates the game from the start
 * (src/lessons/decay-teams.ts). The answer fills the rounds table and the chart. The state lives in
 * the URL (src/explorer/game-state.ts); the body's data attributes (`data-game-request`,
 * `data-game-drawn`, `data-game-rounds`, `data-elapsed-ms`) and `#g-results`' `data-rounds` (the
 * rounds at full precision, JSON) let tests compare the page with Node.
 * Reference: docs/explorer.md ("The team decay game").
 */
import { PER_TEAM_MAX, PER_TEAM_MIN, TEAM_ROUNDS, TEAMS_MAX, TEAMS_MIN, type TeamGame } from '../lessons/decay-teams.js';
import { DEPLOY_TICK, GAME_CHOICES, ROUND_TICKS } from '../lessons/goodhart-decay.js';
import { STRATEGIES } from '../dynamics/strategies.js';
import { MAX_SEED } from '../rng.js';
import { choiceName, fmtValidity, gameChartSpec, gameRows } from './game-views.js';
import { newTeamGame, parseTeamGame, pick, playRound, teamGameToFragment, type TeamGameState } from './game-state.js';
import type { WorkerReply } from './worker.js';

declare const vegaEmbed: (el: HTMLElement, spec: unknown, opts: Record<string, unknown>) => Promise<{ finalize(): void }>;

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function options(min: number, max: number, selected: number): string {
  let s = '';
  for (let v = min; v <= max; v++) s += `<option value="${v}"${v === selected ? ' selected' : ''}>${v}</option>`;
  return s;
}

/** The game's skeleton inside `root`. */
function skeleton(root: HTMLElement, s: TeamGameState): void {
  root.innerHTML = `
<div id="g-notices" role="alert"></div>
<p class="lead">At tick ${DEPLOY_TICK} the platform deploys a Klout-like score and pays its top 5% (perks, and more views).
Each team runs a few ordinary accounts. Before each of the ${TEAM_ROUNDS} rounds (${ROUND_TICKS} ticks each), every team picks
what its accounts do; then press <b>Play round</b>. Watch the score's validity (its Spearman correlation with true
influence: 1 = it ranks people exactly as they move others, 0 = no better than chance).</p>
<fieldset id="g-setup"><legend>New game</legend>
<label for="g-seed">seed</label> <input type="number" id="g-seed" min="0" max="${MAX_SEED}" value="${s.setup.seed}">
<label for="g-teams">teams</label> <select id="g-teams">${options(TEAMS_MIN, TEAMS_MAX, s.setup.teams)}</select>
<label for="g-accounts">accounts per team</label> <select id="g-accounts">${options(PER_TEAM_MIN, PER_TEAM_MAX, s.setup.perTeam)}</select>
<button type="button" id="g-new">Start a new game</button>
<label><input type="checkbox" id="g-large"${s.large ? ' checked' : ''}> large type</label>
<span id="g-setup-err" class="error" aria-live="polite"></span></fieldset>
<p id="g-status" class="game-status" role="status" aria-live="polite"></p>
<div id="g-picks" class="g-picks"></div>
<p><button type="button" id="g-play" class="g-play">Play round</button></p>
<div class="grid">
<section class="panel" aria-labelledby="h-g-table"><h2 id="h-g-table">Round by round</h2>
<div id="g-results" class="table-wrap"><table id="g-table"><thead></thead><tbody></tbody></table></div>
<p class="hint">Each team's cell: what its accounts did that round, then its best place on the leaderboard at the round's end (#1 = top) · perks earned in the round (one per paying place per tick).</p></section>
<section class="panel" aria-labelledby="h-g-chart"><h2 id="h-g-chart">The score's validity</h2>
<div id="g-chart" class="chart" role="img" aria-label="The score's validity and the share of others gaming, round by round"></div></section>
</div>`;
}

/** A Web Worker running the page's own script (src/explorer/entry.ts serves requests in a worker). */
export function pageWorker(): Worker {
  const source = $('goodhart-app').textContent ?? '';
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

/** Start the team game in the page (called instead of the explorer when the URL says `game=decay-teams`). */
export function startGamePage(worker: Worker): void {
  const parsed = parseTeamGame(location.hash);
  let state = parsed.state;
  let game: TeamGame | null = null;
  let request = 0;
  let changedAt = 0;
  let busy = false;
  let view: { finalize(): void } | null = null;
  ($('layout') as HTMLElement).style.display = 'none';
  const root = $('game-root');
  root.hidden = false;
  document.querySelector('header h1')?.replaceChildren('Goodhart decay game, in teams');
  document.title = 'Goodhart decay game, in teams';
  skeleton(root, state);
  $('g-notices').textContent = parsed.notices.length > 0 ? `The link had settings the game cannot use: ${parsed.notices.join('; ')}.` : '';

  const save = () => {
    history.replaceState(null, '', `#${teamGameToFragment(state)}`);
    document.body.classList.toggle('large', state.large);
  };
  const status = (text: string) => {
    $('g-status').textContent = text;
    $('status').textContent = busy ? 'computing…' : 'ready';
  };

  const drawPicks = () => {
    const over = state.next.length === 0;
    const accounts = game?.accounts ?? [];
    const sets = Array.from({ length: state.setup.teams }, (_, t) => {
      const f = document.createElement('fieldset');
      f.className = 'g-team';
      f.id = `g-team-${t}`;
      const who = accounts[t] ? ` (accounts ${accounts[t].join(', ')})` : '';
      f.innerHTML = `<legend>Team ${t + 1}${who}</legend>`;
      GAME_CHOICES.forEach((id, c) => {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = `g-team-${t}`;
        input.value = String(c);
        input.id = `g-team-${t}-${c}`;
        input.checked = state.next[t] === c;
        input.disabled = over || busy;
        input.addEventListener('change', () => {
          state = pick(state, t, c);
          save();
          updatePlay();
        });
        label.title = STRATEGIES.find((s) => s.id === id)?.description ?? '';
        label.append(input, ` ${choiceName(c)}`);
        f.append(label);
      });
      return f;
    });
    $('g-picks').replaceChildren(...sets);
  };
  const updatePlay = () => {
    const over = state.next.length === 0;
    const waiting = state.next.map((c, t) => (c === null ? t + 1 : 0)).filter((t) => t > 0);
    const play = $('g-play') as HTMLButtonElement;
    play.textContent = over ? 'Game over' : `Play round ${state.played.length + 1}`;
    play.disabled = over || busy || waiting.length > 0;
    if (busy) return;
    if (over && game) {
      const first = game.rounds[0];
      const last = game.rounds[game.rounds.length - 1];
      status(
        `Game over: the score's validity went from ${fmtValidity(first?.validity ?? Number.NaN)} to ` +
          `${fmtValidity(last?.validity ?? Number.NaN)}. Start a new game to try other choices.`,
      );
    } else if (!over)
      status(
        waiting.length > 0
          ? `Round ${state.played.length + 1} of ${TEAM_ROUNDS}: waiting for team${waiting.length > 1 ? 's' : ''} ${waiting.join(', ')} to pick.`
          : `Round ${state.played.length + 1} of ${TEAM_ROUNDS}: every team has picked. Press Play round.`,
      );
  };

  const drawGame = async (g: TeamGame) => {
    const head = ['round', "score's validity", 'others gaming', ...g.accounts.map((_, t) => `Team ${t + 1}`)];
    const tr = (cells: string[], tag: 'th' | 'td') => {
      const row = document.createElement('tr');
      for (const c of cells) {
        const cell = document.createElement(tag);
        cell.textContent = c;
        if (tag === 'th') cell.scope = 'col';
        row.append(cell);
      }
      return row;
    };
    $('g-table').querySelector('thead')?.replaceChildren(tr(head, 'th'));
    $('g-table')
      .querySelector('tbody')
      ?.replaceChildren(...gameRows(g).map((r) => tr(r, 'td')));
    $('g-results').dataset.rounds = JSON.stringify(g.rounds);
    $('g-results').dataset.accounts = JSON.stringify(g.accounts);
    const old = view;
    view = await vegaEmbed($('g-chart'), gameChartSpec(g, state.large), { renderer: 'svg', actions: false });
    old?.finalize();
  };

  const compute = () => {
    request++;
    changedAt = performance.now();
    busy = true;
    document.body.dataset.gameRequest = String(request);
    status(`Simulating ${state.played.length} round${state.played.length === 1 ? '' : 's'}…`);
    drawPicks();
    updatePlay();
    worker.postMessage({ id: request, game: { setup: state.setup, choices: state.played } });
  };
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const m = e.data;
    if (m.id !== request) return;
    if (m.kind === 'error') {
      busy = false;
      $('g-setup-err').textContent = m.message;
      status('The game could not be computed: see the message above.');
      return;
    }
    if (m.kind !== 'game') return;
    game = m.game;
    void drawGame(m.game)
      .then(() => {
        busy = false;
        const ms = performance.now() - changedAt;
        document.body.dataset.gameDrawn = String(m.id);
        document.body.dataset.gameRounds = String(m.game.rounds.length - 1);
        document.body.dataset.elapsedMs = ms.toFixed(0);
        document.body.dataset.computeMs = m.ms.toFixed(0);
        drawPicks();
        updatePlay();
      })
      .catch((err: unknown) => status(`could not draw: ${(err as Error).message}`));
  };
  worker.onerror = (e) => status(`the worker stopped: ${e.message}`);

  $('g-play').addEventListener('click', () => {
    const next = playRound(state);
    if (next === state || busy) return;
    state = next;
    save();
    compute();
  });
  $('g-new').addEventListener('click', () => {
    const seed = Number(($('g-seed') as HTMLInputElement).value);
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
      $('g-setup-err').textContent = `seed: ${($('g-seed') as HTMLInputElement).value} is not allowed (an integer from 0 to ${MAX_SEED})`;
      return;
    }
    $('g-setup-err').textContent = '';
    const teams = Number(($('g-teams') as HTMLSelectElement).value);
    const perTeam = Number(($('g-accounts') as HTMLSelectElement).value);
    state = newTeamGame({ seed, teams, perTeam }, state.large);
    game = null;
    save();
    compute();
  });
  $('g-large').addEventListener('change', () => {
    state = { ...state, large: ($('g-large') as HTMLInputElement).checked };
    save();
    if (game) void drawGame(game);
  });
  save();
  compute();
}
