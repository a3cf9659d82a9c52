/**
 * The explorer's state and its URL form: `explorer.html#` + a URLSearchParams string (the contract
 * shared with the lesson pages, docs/explorer.md). Keys: scenario, seed, agents, ticks, scorer,
 * formula, truth, lesson, question, large, and any declared model parameter by its dotted `--set`
 * name (src/engine/settings.ts). A key the page does not know, or a value out of range, falls back
 * to the default with a notice; nothing in the URL is trusted without its declaration's check.
 */
import { GoodhartError } from '../errors.js';
import { parameterSpec } from '../engine/settings.js';
import { resolveParam } from '../params.js';
import { SCENARIOS } from '../scenarios/registry.js';
import { SCORERS } from '../metrics/registry.js';
import { DEFAULT_TRUTH_MODEL, TRUTH_MODELS } from '../truth/registry.js';
import { compileFormula } from '../metrics/formula.js';
import { MAX_SEED } from '../rng.js';

/** Largest world the page simulates (accounts of the base population): a browser on a classroom laptop. */
export const EXPLORER_MAX_AGENTS = 10_000;
/** Most ticks the page simulates. */
export const EXPLORER_MAX_TICKS = 200;
/** The scenario shown when the URL names none. */
export const EXPLORER_DEFAULT_SCENARIO = 'attention-vs-influence';
/** The `scorer` value that scores with the `formula` box. */
export const FORMULA_SCORER = 'formula';
/** The formula the box starts with. */
export const DEFAULT_FORMULA = 'log10(1 + followers) + reactions_received / (1 + posts)';

/** Everything the page shows and computes from; `settings` holds dotted `--set` names → values as text. */
export interface ExplorerState {
  readonly scenario: string;
  /** Root seed, 0 … 2^31 − 1 (what the CLI's --seed accepts). */
  readonly seed: number;
  /** Real accounts, 1 … EXPLORER_MAX_AGENTS; undefined = the scenario's. */
  readonly agents: number | undefined;
  /** Ticks, 1 … EXPLORER_MAX_TICKS; undefined = the scenario's. */
  readonly ticks: number | undefined;
  /** A registered scorer id, or `formula`. */
  readonly scorer: string;
  readonly formula: string;
  /** A registered truth model id. */
  readonly truth: string;
  readonly lesson: string | undefined;
  readonly question: string | undefined;
  /** Large type for projectors. */
  readonly large: boolean;
  readonly settings: Readonly<Record<string, string>>;
}

/**
 * Scenarios the page can run: every registered one. goodhart-decay opens its world as a plain
 * simulation, without the deployed score's rounds (its lesson page holds the game).
 */
export function explorerScenarios(): readonly { readonly id: string; readonly title: string; readonly scorers: readonly string[] }[] {
  return SCENARIOS;
}

/** The state with every default for `scenario`. */
export function defaultState(scenario = EXPLORER_DEFAULT_SCENARIO): ExplorerState {
  const sc = explorerScenarios().find((s) => s.id === scenario) ?? explorerScenarios()[0]!;
  return {
    scenario: sc.id,
    seed: 1,
    agents: undefined,
    ticks: undefined,
    scorer: sc.scorers[0] ?? SCORERS[0]!.id,
    formula: DEFAULT_FORMULA,
    truth: DEFAULT_TRUTH_MODEL,
    lesson: undefined,
    question: undefined,
    large: false,
    settings: {},
  };
}

/** A checked integer from URL text, or an error message saying what is allowed. */
function intIn(raw: string, min: number, max: number): number | string {
  if (!/^(0|[1-9][0-9]*)$/.test(raw)) return `an integer from ${min} to ${max}`;
  const v = Number(raw);
  return v >= min && v <= max ? v : `an integer from ${min} to ${max}`;
}

/** Check one dotted model setting: a declared name and a value in its range; the error message, or null. */
export function checkSetting(name: string, raw: string): string | null {
  try {
    resolveParam(name, parameterSpec(name), raw);
    return null;
  } catch (e) {
    if (e instanceof GoodhartError) return e.message;
    throw e;
  }
}

/** A state read from a URL fragment, with one notice per key that fell back to its default. */
export interface ParsedState {
  readonly state: ExplorerState;
  readonly notices: readonly string[];
}

/** Read `fragment` (with or without the leading `#`). Never throws: a bad key or value becomes a notice. */
export function parseState(fragment: string): ParsedState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const notices: string[] = [];
  const fallback = (key: string, value: string, allowed: string) =>
    notices.push(`${key}=${value} is not allowed (${allowed}); the default is used`);
  const scenarioRaw = params.get('scenario');
  const ids = explorerScenarios().map((s) => s.id);
  let scenario = EXPLORER_DEFAULT_SCENARIO;
  if (scenarioRaw !== null) {
    if (ids.includes(scenarioRaw)) scenario = scenarioRaw;
    else fallback('scenario', scenarioRaw, `one of ${ids.join(', ')}`);
  }
  const base = defaultState(scenario);
  const s: { -readonly [K in keyof ExplorerState]: ExplorerState[K] } = { ...base, settings: {} };
  const settings: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key === 'scenario') continue;
    const int = (min: number, max: number) => {
      const v = intIn(value, min, max);
      if (typeof v === 'string') fallback(key, value, v);
      return typeof v === 'number' ? v : undefined;
    };
    if (key === 'seed') s.seed = int(0, MAX_SEED) ?? base.seed;
    else if (key === 'agents') s.agents = int(1, EXPLORER_MAX_AGENTS);
    else if (key === 'ticks') s.ticks = int(1, EXPLORER_MAX_TICKS);
    else if (key === 'scorer') {
      const ok = value === FORMULA_SCORER || SCORERS.some((x) => x.id === value);
      if (ok) s.scorer = value;
      else fallback(key, value, `a registered scorer id or ${FORMULA_SCORER}`);
    } else if (key === 'formula') {
      try {
        compileFormula(value);
        s.formula = value;
      } catch (e) {
        if (!(e instanceof GoodhartError)) throw e;
        fallback(key, value, e.message);
      }
    } else if (key === 'truth') {
      if (TRUTH_MODELS.some((m) => m.id === value)) s.truth = value;
      else fallback(key, value, `one of ${TRUTH_MODELS.map((m) => m.id).join(', ')}`);
    } else if (key === 'lesson') s.lesson = value;
    else if (key === 'question') s.question = value;
    else if (key === 'large') s.large = value === '1';
    else if (key === 'world.agents' || key === 'world.ticks') notices.push(`${key}: use agents= or ticks= in the URL; ignored`);
    else {
      const err = checkSetting(key, value);
      if (err === null) settings[key] = value;
      else notices.push(`${key}=${value} is ignored: ${err}`);
    }
  }
  if (s.scorer === FORMULA_SCORER && !params.has('formula')) s.formula = DEFAULT_FORMULA;
  return { state: { ...s, settings }, notices };
}

/** The URL fragment (without `#`) of a state: only what differs from the scenario's defaults, in a fixed key order. */
export function stateToFragment(state: ExplorerState): string {
  const d = defaultState(state.scenario);
  const p = new URLSearchParams();
  p.set('scenario', state.scenario);
  p.set('seed', String(state.seed));
  if (state.agents !== undefined) p.set('agents', String(state.agents));
  if (state.ticks !== undefined) p.set('ticks', String(state.ticks));
  if (state.scorer !== d.scorer) p.set('scorer', state.scorer);
  if (state.scorer === FORMULA_SCORER) p.set('formula', state.formula);
  if (state.truth !== d.truth) p.set('truth', state.truth);
  if (state.lesson !== undefined) p.set('lesson', state.lesson);
  if (state.question !== undefined) p.set('question', state.question);
  if (state.large) p.set('large', '1');
  for (const k of Object.keys(state.settings).sort()) p.set(k, state.settings[k]!);
  return p.toString();
}
