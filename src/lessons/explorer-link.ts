/**
 * Lesson → explorer links: the URL fragment that opens the explorer page (`explorer.html`, written
 * beside the lesson page) preset to a lesson's world, with the lesson's question shown.
 *
 *   lesson world (RunConfig) ─┐
 *                             ├─ settingsOf both, keep what differs ─▶ `--set` names and values
 *   lesson's scenario world ──┘
 *   ─▶ `explorer.html#scenario=…&seed=…&agents=…&ticks=…&scorer=…&lesson=…&question=…&<name>=<value>…`
 *
 * The fragment follows the explorer's URL contract (docs/explorer.md): a URLSearchParams string
 * whose model-parameter keys are declared `--set` names (src/engine/settings.ts). Resolving the
 * lesson's scenario with the fragment's settings gives the lesson's own world (a unit test checks
 * it for every lesson), so the explorer shows what the lesson showed.
 * Reference: WHATWG URL Standard, application/x-www-form-urlencoded serialisation (URLSearchParams).
 */
import { ModelError } from '../errors.js';
import { resolveRunConfig, type RunConfig } from '../engine/config.js';
import { settingsOf } from '../engine/settings.js';
import { getScenario } from '../scenarios/registry.js';
import type { Lesson } from './lesson.js';

/** File name of the explorer page, in the same folder as the lesson page. */
export const EXPLORER_PAGE = 'explorer.html';

/** The explorer state a lesson opens (every field of the URL contract a lesson sets). */
export interface ExplorerState {
  /** A registered scenario id. */
  readonly scenario: string;
  /** Root seed, 0 … 2^31 − 1 (as the CLI and the explorer accept). */
  readonly seed: number;
  /** World size (real people). */
  readonly agents: number;
  readonly ticks: number;
  /** A registered scorer id (the lesson's first scorer). */
  readonly scorer: string;
  /** The lesson's id (shown by the page). */
  readonly lesson: string;
  /** The lesson's question, shown as a banner above the views. */
  readonly question: string;
  /** Declared model parameters by dotted `--set` name, values as text, names sorted. */
  readonly settings: Readonly<Record<string, string>>;
}

const FIXED_KEYS = ['scenario', 'seed', 'agents', 'ticks', 'scorer', 'lesson', 'question'] as const;
/** Keys of the contract that are not model parameters (the lessons set the first seven). */
export const EXPLORER_KEYS: readonly string[] = [...FIXED_KEYS, 'formula', 'truth', 'large'];

function flatValue(v: number | string | boolean): string {
  return String(v);
}

/**
 * The explorer state of a lesson at a seed: the lesson's scenario, its world size, and every
 * declared parameter whose value in the lesson's world differs from the scenario's.
 * @throws ModelError when the scenario's world cannot be turned into the lesson's by settings
 *   (a different set of attacks, or a parameter only the scenario sets).
 */
export function explorerState(lesson: Lesson, seed = lesson.seed): ExplorerState {
  const own = resolveRunConfig({ id: `lesson:${lesson.id}`, defaults: lesson.defaults }, { seed });
  const scenario = getScenario(lesson.explorer.scenario);
  const base = resolveRunConfig(scenario, { seed });
  const attacks = (c: RunConfig) => c.attacks.map((a) => a.id).join(',');
  if (attacks(own) !== attacks(base))
    throw new ModelError(
      `lesson ${lesson.id}: its attacks [${attacks(own)}] differ from scenario ${scenario.id}'s [${attacks(base)}]; ` +
        'pick a scenario with the same attacks for its explorer link',
    );
  const mine = settingsOf(own);
  const theirs = settingsOf(base);
  for (const name of Object.keys(theirs))
    if (!Object.hasOwn(mine, name) && !name.startsWith('generator.'))
      throw new ModelError(`lesson ${lesson.id}: scenario ${scenario.id} sets ${name}, which the lesson's world does not have`);
  const settings: Record<string, string> = {};
  for (const [name, v] of Object.entries(mine)) {
    if (name === 'world.agents' || name === 'world.ticks') continue;
    if (theirs[name] !== v) settings[name] = flatValue(v);
  }
  return {
    scenario: scenario.id,
    seed,
    agents: own.agents,
    ticks: own.ticks,
    scorer: lesson.scorers[0]!,
    lesson: lesson.id,
    question: lesson.explorer.question,
    settings,
  };
}

/** The URL fragment (without `#`) of an explorer state: the fixed keys in order, then the settings sorted by name. */
export function explorerFragment(s: ExplorerState): string {
  const p = new URLSearchParams();
  p.set('scenario', s.scenario);
  p.set('seed', String(s.seed));
  p.set('agents', String(s.agents));
  p.set('ticks', String(s.ticks));
  p.set('scorer', s.scorer);
  p.set('lesson', s.lesson);
  p.set('question', s.question);
  for (const name of Object.keys(s.settings).sort()) p.set(name, s.settings[name]!);
  return p.toString();
}

/** The explorer link of a lesson at a seed, relative to the lesson page: `explorer.html#…`. */
export function explorerLink(lesson: Lesson, seed = lesson.seed): string {
  return `${EXPLORER_PAGE}#${explorerFragment(explorerState(lesson, seed))}`;
}

/**
 * Read a fragment back (with or without the leading `#`): the inverse of {@link explorerFragment}
 * for the keys a lesson sets; other contract keys (formula, truth, large) are ignored here.
 * @throws ModelError when a fixed key is missing or seed/agents/ticks is not a decimal integer.
 */
export function parseExplorerFragment(fragment: string): ExplorerState {
  const p = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment);
  const get = (k: string) => {
    const v = p.get(k);
    if (v === null) throw new ModelError(`the explorer fragment has no "${k}"`);
    return v;
  };
  const int = (k: string) => {
    const v = get(k);
    if (!/^\d+$/.test(v)) throw new ModelError(`the explorer fragment's "${k}" is not a decimal integer: ${JSON.stringify(v)}`);
    return Number(v);
  };
  const settings: Record<string, string> = {};
  for (const [k, v] of p) if (!EXPLORER_KEYS.includes(k)) settings[k] = v;
  return {
    scenario: get('scenario'),
    seed: int('seed'),
    agents: int('agents'),
    ticks: int('ticks'),
    scorer: get('scorer'),
    lesson: get('lesson'),
    question: get('question'),
    settings,
  };
}
