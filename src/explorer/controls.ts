/**
 * The explorer's controls, generated from the model's parameter declarations (src/engine/settings.ts):
 * each numeric control is a labelled slider with a number box, keyboard operable, whose range is its
 * declaration's (capped for the slider only where the declared range is far beyond a classroom
 * world). A value outside the range is refused beside the control with what is allowed; the URL
 * keys are the CLI's `--set` names (docs/explorer.md).
 */
import { listParameters, parameterSpec, WORLD_PARAMS } from '../engine/settings.js';
import { getScenario } from '../scenarios/registry.js';
import { ATTACKS } from '../attacks/registry.js';
import { SCORERS } from '../metrics/registry.js';
import { TRUTH_MODELS } from '../truth/registry.js';
import { describeAllowed } from '../params.js';
import { MAX_SEED } from '../rng.js';
import { checkSetting, EXPLORER_MAX_AGENTS, EXPLORER_MAX_TICKS, explorerScenarios, FORMULA_SCORER, type ExplorerState } from './state.js';

/** Top of a budget slider (budget per 1,000 real accounts); the number box takes up to the declared maximum. */
export const BUDGET_SLIDER_MAX = 5000;

/** What a control reports: a key of the state (`seed`, `agents`, a dotted setting, ...) and its new text (undefined = default). */
export type ControlChange = (key: string, value: string | undefined) => void;

/** The dotted settings the page shows as controls for `scenario`: gamer and broadcaster shares, every attack's budget. */
export function controlNames(): string[] {
  return ['roles.gamer', 'roles.broadcaster', ...ATTACKS.filter((a) => a.id !== 'adaptive').map((a) => `attacks.${a.id}.budgetPer1000`)];
}

/** A control's id in the page (dots are fine in ids, but not in CSS selectors). */
export function controlId(key: string): string {
  return `c-${key.replace(/[^a-z0-9-]/gi, '_')}`;
}

/** The value a control shows when the state does not set it: the scenario's (a budget given absolutely is shown per 1,000). */
function shownDefault(state: ExplorerState, key: string): number {
  const sc = getScenario(state.scenario);
  if (key === 'agents') return sc.defaults.agents ?? WORLD_PARAMS.agents.default;
  if (key === 'ticks') return sc.defaults.ticks ?? WORLD_PARAMS.ticks.default;
  const row = listParameters(sc).find((r) => r.name === key);
  if (row && typeof row.default === 'number') return row.default;
  const m = /^attacks\.([^.]+)\.budgetPer1000$/.exec(key);
  const a = m ? sc.defaults.attacks?.find((x) => x.id === m[1]) : undefined;
  const budget = a?.params?.budget;
  const agents = sc.defaults.agents ?? WORLD_PARAMS.agents.default;
  return typeof budget === 'number' ? (budget * 1000) / agents : Number(parameterSpec(key).default);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A labelled slider + number box for `key` in [min, max] (slider up to `sliderMax`). */
function numeric(
  key: string,
  label: string,
  help: string,
  o: { min: number; max: number; sliderMax: number; step: number; value: number; check: (raw: string) => string | null },
  onChange: ControlChange,
): HTMLElement {
  const id = controlId(key);
  const box = el('div', { class: 'control', 'data-key': key });
  box.append(el('label', { for: `${id}-n` }, label));
  const row = el('div', { class: 'row' });
  const range = el('input', {
    type: 'range',
    id,
    min: String(o.min),
    max: String(o.sliderMax),
    step: String(o.step),
    'aria-label': `${label} (slider)`,
  });
  const num = el('input', { type: 'number', id: `${id}-n`, min: String(o.min), max: String(o.max), step: 'any' });
  range.value = String(o.value);
  num.value = String(o.value);
  const err = el('div', { class: 'error', id: `${id}-err`, role: 'alert' });
  num.setAttribute('aria-describedby', `${id}-err ${id}-help`);
  const commit = (raw: string) => {
    const problem = o.check(raw);
    err.textContent = problem ?? '';
    num.setAttribute('aria-invalid', problem ? 'true' : 'false');
    if (problem) return;
    range.value = raw;
    num.value = raw;
    onChange(key, raw);
  };
  range.addEventListener('change', () => commit(range.value));
  num.addEventListener('change', () => commit(num.value.trim()));
  row.append(range, num);
  box.append(row, err, el('div', { class: 'hint', id: `${id}-help` }, help));
  return box;
}

function select(key: string, label: string, options: readonly [string, string][], value: string, onChange: ControlChange): HTMLElement {
  const id = controlId(key);
  const box = el('div', { class: 'control', 'data-key': key });
  box.append(el('label', { for: id }, label));
  const s = el('select', { id });
  for (const [v, text] of options) s.append(el('option', { value: v }, text));
  s.value = value;
  s.addEventListener('change', () => onChange(key, s.value));
  box.append(s, el('div', { class: 'error', id: `${id}-err`, role: 'alert' }));
  return box;
}

function intCheck(min: number, max: number): (raw: string) => string | null {
  return (raw) =>
    /^(0|[1-9][0-9]*)$/.test(raw) && Number(raw) >= min && Number(raw) <= max ? null : `allowed: an integer from ${min} to ${max}`;
}

/** Build every control for `state` into `form` (replacing what was there). */
export function buildControls(form: HTMLElement, state: ExplorerState, onChange: ControlChange): void {
  form.replaceChildren();
  const world = el('fieldset');
  world.append(el('legend', {}, 'World'));
  world.append(
    select(
      'scenario',
      'Scenario',
      explorerScenarios().map((s) => [s.id, s.title]),
      state.scenario,
      onChange,
    ),
  );
  const int = (key: string, label: string, help: string, min: number, max: number, sliderMax: number, value: number) =>
    numeric(key, label, help, { min, max, sliderMax, step: 1, value, check: intCheck(min, max) }, onChange);
  world.append(int('seed', 'Seed', 'the root seed: same seed and settings, same numbers', 0, MAX_SEED, 100, state.seed));
  world.append(
    int(
      'agents',
      'World size (real accounts)',
      WORLD_PARAMS.agents.description,
      1,
      EXPLORER_MAX_AGENTS,
      EXPLORER_MAX_AGENTS,
      state.agents ?? shownDefault(state, 'agents'),
    ),
  );
  world.append(
    int('ticks', 'Ticks', WORLD_PARAMS.ticks.description, 1, EXPLORER_MAX_TICKS, 60, state.ticks ?? shownDefault(state, 'ticks')),
  );
  const players = el('fieldset');
  players.append(el('legend', {}, 'Who plays'));
  const attacks = el('fieldset');
  attacks.append(el('legend', {}, 'Attacks: budget per 1,000 real accounts'));
  for (const key of controlNames()) {
    const spec = parameterSpec(key);
    if (spec.kind !== 'number' && spec.kind !== 'int') continue;
    const isBudget = key.startsWith('attacks.');
    const raw = state.settings[key];
    const value = raw !== undefined ? Number(raw) : shownDefault(state, key);
    const label = isBudget ? key.split('.')[1]! : `share of ${key.split('.')[1]}s`;
    const min = spec.min ?? 0;
    const max = spec.max ?? Number.MAX_SAFE_INTEGER;
    const help = `${key}: ${spec.description}; ${describeAllowed(spec)}`;
    const sliderMax = isBudget ? Math.max(BUDGET_SLIDER_MAX, value) : Math.min(max, 0.2);
    const step = isBudget ? 10 : 0.001;
    (isBudget ? attacks : players).append(
      numeric(key, label, help, { min, max, sliderMax, step, value, check: (r) => checkSetting(key, r) }, onChange),
    );
  }
  const scoring = el('fieldset');
  scoring.append(el('legend', {}, 'Score and truth'));
  const scorers: [string, string][] = [...SCORERS.map((s): [string, string] => [s.id, s.id]), [FORMULA_SCORER, 'my formula (below)']];
  scoring.append(select('scorer', 'Scorer shown', scorers, state.scorer, onChange));
  const fbox = el('div', { class: 'control', 'data-key': 'formula' });
  fbox.append(el('label', { for: 'formula' }, 'Formula (mathjs; features such as followers, posts, reactions_received)'));
  const ta = el('textarea', { id: 'formula', rows: '3', 'aria-describedby': 'formula-err', spellcheck: 'false' });
  ta.value = state.formula;
  const apply = el('button', { type: 'button', id: 'formula-apply' }, 'Use formula');
  apply.addEventListener('click', () => onChange('formula', ta.value));
  fbox.append(ta, apply, el('div', { class: 'error', id: 'formula-err', role: 'alert' }));
  scoring.append(fbox);
  scoring.append(
    select(
      'truth',
      'Truth model',
      TRUTH_MODELS.map((m) => [m.id, `${m.id}: ${m.description ?? ''}`.slice(0, 60)]),
      state.truth,
      onChange,
    ),
  );
  const display = el('fieldset');
  display.append(el('legend', {}, 'Display'));
  const large = el('input', { type: 'checkbox', id: 'large' });
  large.checked = state.large;
  large.addEventListener('change', () => onChange('large', large.checked ? '1' : undefined));
  const lab = el('label', { for: 'large' }, ' large type (projector)');
  display.append(large, lab);
  form.append(scoring, world, players, attacks, display);
}

/** Show `message` beside the control of `key` (or clear every control's error when key is null). */
export function showControlError(key: string | null, message: string): void {
  if (key === null) {
    for (const e of document.querySelectorAll('#controls .error')) e.textContent = '';
    return;
  }
  const target = key === 'formula' ? document.getElementById('formula-err') : document.getElementById(`${controlId(key)}-err`);
  if (target) target.textContent = message;
}
