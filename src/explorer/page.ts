/**
 * The explorer page's main thread: reads the state from the URL fragment (falling back to defaults
 * with a notice), builds the controls, sends each change to the Web Worker, and draws the answer's
 * frames one after the other (play, pause, step, reset). A change that is refused — a formula that
 * does not compile, an impossible setting — is shown beside its control and the last good views
 * stay. The body's data attributes (`data-request`, `data-drawn`, `data-elapsed-ms`, `data-compute-ms`,
 * `data-draw-ms`, `data-frame`, `data-spearman`)
 * let tests and readers see what is drawn and how long a change took to draw.
 * Reference: docs/explorer.md.
 */
import { GoodhartError, ParameterError } from '../errors.js';
import { compileFormula } from '../metrics/formula.js';
import { ROLE_COLORS } from '../charts/common.js';
import { ROLES } from '../model/roles.js';
import { explorerConfig, type ExplorerResult } from './compute.js';
import { buildControls, controlId, showControlError } from './controls.js';
import { attachHover, attachKeyboard, drawNetwork } from './network.js';
import { defaultState, FORMULA_SCORER, parseState, stateToFragment, type ExplorerState } from './state.js';
import { cards, driftSpec, scatterSpec, topTable } from './views.js';
import type { WorkerReply } from './worker.js';

declare const vegaEmbed: (el: HTMLElement, spec: unknown, opts: Record<string, unknown>) => Promise<{ finalize(): void }>;

/** Milliseconds between two frames while playing. */
export const FRAME_MS = 700;

/** The state after the control `key` took `value` (undefined: back to the default). */
export function applyChange(s: ExplorerState, key: string, value: string | undefined): ExplorerState {
  if (key === 'scenario') return { ...defaultState(value), seed: s.seed, large: s.large, lesson: s.lesson, question: s.question };
  if (key === 'seed') return { ...s, seed: Number(value ?? 1) };
  if (key === 'agents') return { ...s, agents: value === undefined ? undefined : Number(value) };
  if (key === 'ticks') return { ...s, ticks: value === undefined ? undefined : Number(value) };
  if (key === 'scorer') return { ...s, scorer: value ?? defaultState(s.scenario).scorer };
  if (key === 'formula') return { ...s, scorer: FORMULA_SCORER, formula: value ?? s.formula };
  if (key === 'truth') return { ...s, truth: value ?? defaultState(s.scenario).truth };
  if (key === 'large') return { ...s, large: value === '1' };
  const settings = { ...s.settings };
  if (value === undefined) delete settings[key];
  else settings[key] = value;
  return { ...s, settings };
}

const $ = (id: string) => document.getElementById(id)!;

/** Start the page: controls, worker, views. */
export function startPage(): void {
  const parsed = parseState(location.hash);
  let state = parsed.state;
  $('notices').textContent = parsed.notices.length > 0 ? `The link had settings the page cannot use: ${parsed.notices.join('; ')}.` : '';
  const source = $('goodhart-app').textContent ?? '';
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  let request = 0;
  let changedAt = 0;
  let result: ExplorerResult | null = null;
  let frame = 0;
  let playing = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let views: { finalize(): void }[] = [];
  let drawing = Promise.resolve();

  const status = (text: string) => {
    $('status').textContent = text;
  };
  const banner = () => {
    const parts = [state.lesson ? `Lesson ${state.lesson}` : '', state.question ?? ''].filter((x) => x !== '');
    $('banner').textContent = parts.join(': ');
    document.body.classList.toggle('large', state.large);
  };

  const render = async (): Promise<void> => {
    if (!result) return;
    const r = result;
    const f = r.frames[frame]!;
    drawNetwork(r, f, $('net-score') as HTMLCanvasElement, $('net-truth') as HTMLCanvasElement);
    $('cap-score').textContent = `size = ${r.scorer}`;
    $('cards').replaceChildren(
      ...cards(r, f).map(([id, label, value]) => {
        const c = document.createElement('div');
        c.className = 'card';
        c.id = id;
        c.innerHTML = `${label}: <b></b>`;
        c.querySelector('b')!.textContent = value;
        return c;
      }),
    );
    $('tops').replaceChildren(topTable('by score', f.score, f, 'top-score'), topTable('by true influence', f.truth, f, 'top-truth'));
    $('tick-label').textContent = `tick ${f.tick} (${frame + 1} of ${r.frames.length} snapshots)`;
    document.body.dataset.frame = String(frame);
    document.body.dataset.frames = String(r.frames.length);
    const old = views;
    const opts = { renderer: 'svg', actions: false };
    views = await Promise.all([
      vegaEmbed($('scatter'), scatterSpec(f, r.scorer, state.large), opts),
      vegaEmbed($('drift'), driftSpec(r, frame, state.large, state.scenario), opts),
    ]);
    for (const v of old) v.finalize();
  };
  const draw = () => {
    drawing = drawing.then(render).catch((e: unknown) => status(`could not draw: ${(e as Error).message}`));
    return drawing;
  };
  const schedule = () => {
    clearTimeout(timer);
    if (playing && result && frame < result.frames.length - 1)
      timer = setTimeout(() => {
        frame++;
        void draw().then(schedule);
      }, FRAME_MS);
    else if (result && frame >= result.frames.length - 1) {
      playing = false;
      $('play').textContent = 'Play';
    }
  };

  const run = () => {
    request++;
    changedAt = performance.now();
    document.body.dataset.request = String(request);
    // Stop playing the old result: its redraws would compete with the worker for the CPU.
    clearTimeout(timer);
    status('computing…');
    worker.postMessage({ id: request, state });
  };
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const m = e.data;
    if (m.id !== request) return;
    if (m.kind === 'progress') status(`computing… tick ${m.done} of ${m.total}`);
    else if (m.kind === 'error') {
      showControlError(controlFor(m.field) ?? 'scorer', m.message);
      status('refused: see the message beside the control; the views show the last good settings');
    } else if (m.kind === 'result') {
      result = m.result;
      ($('scores-csv') as HTMLTextAreaElement).value = m.result.scoresCsv;
      ($('truth-csv') as HTMLTextAreaElement).value = m.result.truthCsv;
      // The final tick's Spearman and noise ceiling at full precision (drift.csv's numbers).
      document.body.dataset.spearman = String(m.result.frames[m.result.frames.length - 1]!.spearman);
      document.body.dataset.noiseCeiling = String(m.result.noiseCeiling);
      frame = 0;
      playing = true;
      $('play').textContent = 'Pause';
      const drawFrom = performance.now();
      void draw().then(() => {
        const ms = performance.now() - changedAt;
        document.body.dataset.drawMs = (performance.now() - drawFrom).toFixed(0);
        document.body.dataset.drawn = String(m.id);
        document.body.dataset.elapsedMs = ms.toFixed(0);
        document.body.dataset.computeMs = m.ms.toFixed(0);
        status(`${m.result.frames[m.result.frames.length - 1]!.score.length} accounts; drawn ${ms.toFixed(0)} ms after the change`);
        schedule();
      });
    }
  };
  worker.onerror = (e) => status(`the worker stopped: ${e.message}`);

  const controlFor = (field: string | null): string | null => {
    if (field === null) return null;
    const key = field === 'agents' || field === 'ticks' || field === 'seed' ? field : field.replace(/^--set /, '');
    return document.getElementById(controlId(key)) || document.getElementById(`${controlId(key)}-err`) ? key : null;
  };
  const onChange = (key: string, value: string | undefined) => {
    const next = applyChange(state, key, value);
    showControlError(null, '');
    try {
      if (next.scorer === FORMULA_SCORER) compileFormula(next.formula);
      explorerConfig(next);
    } catch (e) {
      if (!(e instanceof GoodhartError)) throw e;
      const field = e instanceof ParameterError ? controlFor(e.field) : null;
      showControlError(key === 'formula' || (next.scorer === FORMULA_SCORER && key === 'scorer') ? 'formula' : (field ?? key), e.message);
      status('refused: see the message beside the control; the views show the last good settings');
      return;
    }
    // A control that loses focus may report the value it already reported: nothing to redo.
    if (stateToFragment(next) === stateToFragment(state) && next.large === state.large) return;
    state = next;
    history.replaceState(null, '', `#${stateToFragment(state)}`);
    banner();
    if (key === 'scenario') buildControls($('controls'), state, onChange);
    if (key === 'large') void draw();
    else run();
  };

  $('play').addEventListener('click', () => {
    if (!result) return;
    if (!playing && frame >= result.frames.length - 1) frame = -1;
    playing = !playing;
    $('play').textContent = playing ? 'Pause' : 'Play';
    if (playing && frame < 0) frame = 0;
    if (playing) void draw().then(schedule);
    else clearTimeout(timer);
  });
  $('step').addEventListener('click', () => {
    if (!result) return;
    playing = false;
    clearTimeout(timer);
    $('play').textContent = 'Play';
    frame = Math.min(frame + 1, result.frames.length - 1);
    void draw();
  });
  $('reset').addEventListener('click', () => {
    if (!result) return;
    playing = false;
    clearTimeout(timer);
    $('play').textContent = 'Play';
    frame = 0;
    void draw();
  });
  $('legend').innerHTML = ROLES.map((r) => `<span><i style="background:${ROLE_COLORS[r]}"></i>${r}</span>`).join('');
  attachHover($('net-score') as HTMLCanvasElement, 0, $('tooltip'));
  attachHover($('net-truth') as HTMLCanvasElement, 1, $('tooltip'));
  attachKeyboard($('net-score') as HTMLCanvasElement, 0, $('net-details'));
  attachKeyboard($('net-truth') as HTMLCanvasElement, 1, $('net-details'));
  buildControls($('controls'), state, onChange);
  banner();
  history.replaceState(null, '', `#${stateToFragment(state)}`);
  run();
}
