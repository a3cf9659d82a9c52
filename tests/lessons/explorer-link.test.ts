/**
 * Lesson → explorer links: the fragment round-trips, names only declared parameters, and resolving
 * the lesson's scenario with it gives the lesson's own world (so the explorer shows what the lesson showed).
 */
import { describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { applySettings, listParameters } from '../../src/engine/settings.js';
import { getScorer } from '../../src/metrics/registry.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { LESSONS, getLesson } from '../../src/lessons/registry.js';
import { EXPLORER_KEYS, explorerFragment, explorerLink, explorerState, parseExplorerFragment } from '../../src/lessons/explorer-link.js';
import type { Lesson } from '../../src/lessons/lesson.js';
import { ModelError } from '../../src/errors.js';
import { parseState } from '../../src/explorer/state.js';

const declared = new Set(listParameters().map((r) => r.name));

describe('lesson explorer links', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.id}: round-trips, names only declared parameters, and rebuilds the lesson's world`, () => {
      const state = explorerState(lesson, 7);
      const link = explorerLink(lesson, 7);
      expect(link.startsWith('explorer.html#scenario=')).toBe(true);
      const back = parseExplorerFragment(link.slice(link.indexOf('#')));
      expect(back).toEqual(state);
      expect(explorerFragment(back)).toBe(link.slice(link.indexOf('#') + 1));
      for (const name of Object.keys(back.settings)) expect(declared.has(name), name).toBe(true);
      expect(back.question).toBe(lesson.explorer.question);
      expect(back.lesson).toBe(lesson.id);
      expect(back.seed).toBe(7);
      getScorer(back.scorer);
      const scenario = getScenario(back.scenario);
      const rebuilt = resolveRunConfig(scenario, applySettings({ seed: back.seed, agents: back.agents, ticks: back.ticks }, back.settings));
      const own = resolveRunConfig({ id: scenario.id, defaults: lesson.defaults }, { seed: 7 });
      expect(rebuilt).toEqual(own);
    });
  }

  it('a lesson written with --seed 0 opens in the explorer at seed 0, without a notice', () => {
    for (const lesson of LESSONS) {
      const link = explorerLink(lesson, 0);
      expect(link).toContain('&seed=0&');
      const { state, notices } = parseState(link.slice(link.indexOf('#')));
      expect(notices, lesson.id).toEqual([]);
      expect(state.seed).toBe(0);
      expect(state.lesson).toBe(lesson.id);
    }
  });

  it('a question with & = # and non-ASCII text survives the round trip', () => {
    const lesson: Lesson = {
      ...getLesson('silent-majority'),
      explorer: { scenario: 'silent-majority', question: 'Likes & reshares = influence? #1 – ça' },
    };
    const back = parseExplorerFragment(explorerLink(lesson).split('#').slice(1).join('#'));
    expect(back.question).toBe('Likes & reshares = influence? #1 – ça');
    expect(Object.keys(back.settings).every((k) => !EXPLORER_KEYS.includes(k))).toBe(true);
  });

  it('refuses a scenario whose attacks differ from the lesson world', () => {
    const lesson: Lesson = { ...getLesson('bought-followers'), explorer: { scenario: 'baseline', question: 'q' } };
    expect(() => explorerState(lesson)).toThrow(ModelError);
  });

  it('refuses a fragment without a seed or with a non-integer size', () => {
    expect(() => parseExplorerFragment('scenario=baseline')).toThrow(/seed/);
    const f = explorerFragment(explorerState(getLesson('silent-majority'))).replace('agents=240', 'agents=2e2');
    expect(() => parseExplorerFragment(f)).toThrow(/agents/);
  });
});
