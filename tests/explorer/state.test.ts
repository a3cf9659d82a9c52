/**
 * The explorer's URL state and its in-process computation: defaults, fallbacks with notices, the
 * round trip through the URL, impossible settings refused with the allowed range, and the page's
 * numbers equal to the pipeline's (`goodhart run`'s code path) for the same seed and settings.
 */
import { describe, expect, it } from 'vitest';
import { defaultState, parseState, stateToFragment, type ExplorerState } from '../../src/explorer/state.js';
import { explore, explorerConfig, EXPLORER_MAX_FAKE_ACCOUNTS } from '../../src/explorer/compute.js';
import { communityLayout, sampleEdges } from '../../src/explorer/layout.js';
import { ParameterError } from '../../src/errors.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { getScorer } from '../../src/metrics/registry.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { applySettings } from '../../src/engine/settings.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { runReplicate } from '../../src/pipeline/replicate.js';
import { scoresCsv, truthCsv } from '../../src/pipeline/tables.js';

describe('explorer URL state', () => {
  it('reads the defaults from an empty fragment', () => {
    const { state, notices } = parseState('');
    expect(notices).toEqual([]);
    expect(state).toEqual(defaultState());
    expect(state.scenario).toBe('attention-vs-influence');
    expect(state.seed).toBe(1);
  });

  it('round-trips every key through the URL', () => {
    const s: ExplorerState = {
      ...defaultState('follow-back-farming'),
      seed: 9,
      agents: 500,
      ticks: 7,
      scorer: 'formula',
      formula: 'followers / (1 + following)',
      truth: 'lt',
      lesson: 'bought-followers',
      question: 'Who really moves people?',
      large: true,
      settings: { 'roles.gamer': '0.05', 'attacks.bought-followers.budgetPer1000': '20' },
    };
    expect(parseState(`#${stateToFragment(s)}`)).toEqual({ state: s, notices: [] });
  });

  it('falls back to the default, with a notice, for every key it cannot use', () => {
    const { state, notices } = parseState(
      '#scenario=no-such-scenario&seed=2147483648&agents=20000&ticks=x&scorer=nope&truth=magic&formula=followers%20%2B&roles.gamer=2&bogus.name=1',
    );
    expect(state).toEqual(defaultState());
    for (const k of [
      'scenario=no-such-scenario',
      'seed=2147483648',
      'agents=20000',
      'ticks=x',
      'scorer=nope',
      'truth=magic',
      'formula=',
      'roles.gamer=2',
      'bogus.name',
    ])
      expect(notices.join('\n')).toContain(k);
    expect(notices).toHaveLength(9);
  });

  it('takes every seed the CLI takes, 0 included (goodhart run/lesson --seed 0)', () => {
    expect(parseState('#seed=0')).toEqual({ state: { ...defaultState(), seed: 0 }, notices: [] });
    expect(parseState('#seed=2147483647').state.seed).toBe(2147483647);
    expect(parseState('#seed=-1').notices.join()).toContain('from 0 to 2147483647');
  });

  it('opens goodhart-decay (the decay and bought-followers lessons link to it) as a plain world', () => {
    expect(parseState('#scenario=goodhart-decay&seed=2')).toEqual({ state: { ...defaultState('goodhart-decay'), seed: 2 }, notices: [] });
  });
});

describe('explorer computation', () => {
  const small: ExplorerState = {
    ...defaultState(),
    seed: 4,
    agents: 200,
    ticks: 4,
    scorer: 'pagerank',
    settings: { 'roles.gamer': '0.05', 'attacks.follow-farming.budgetPer1000': '300' },
  };

  it('gives the pipeline numbers (scores.csv, truth.csv, Spearman) for the same seed and settings', () => {
    const r = explore(small);
    const scenario = getScenario(small.scenario);
    const config = resolveRunConfig(scenario, applySettings({ seed: 4, agents: 200, ticks: 4 }, small.settings));
    const rep = runReplicate(makePlan(scenario, [getScorer('pagerank')], ['spearman']), config);
    const last = rep.final;
    expect(r.scoresCsv).toBe(scoresCsv(last.scores, rep.result.labels));
    expect(r.truthCsv).toBe(truthCsv(last.truth, rep.result.labels));
    const rho = rep.drift.find((d) => d.tick === last.tick && d.scorer === 'pagerank' && d.measure === 'spearman')!.value;
    expect(r.frames[r.frames.length - 1]!.spearman).toBe(rho);
    expect(r.noiseCeiling).toBe(rep.noiseCeiling);
    expect(r.positions.length).toBe(2 * r.frames[r.frames.length - 1]!.score.length);
  });

  it('adds an attack the scenario does not run when its budget is set', () => {
    const c = explorerConfig({ ...small, settings: { 'attacks.engaging-bots.budgetPer1000': '100' } });
    expect(c.attacks.map((a) => a.id)).toEqual(['bought-followers', 'follow-farming', 'engaging-bots']);
    expect(explorerConfig(small).attacks.map((a) => a.id)).toEqual(['bought-followers', 'follow-farming']);
  });

  it('refuses a budget that would create more fake accounts than the page allows, naming the budget and the limit', () => {
    const big = { ...small, settings: { 'attacks.bought-followers.budgetPer1000': '2000000' } };
    expect(() => explorerConfig(big)).toThrow(ParameterError);
    try {
      explorerConfig(big);
    } catch (e) {
      expect((e as ParameterError).field).toBe('attacks.bought-followers.budgetPer1000');
      expect((e as Error).message).toContain(String(EXPLORER_MAX_FAKE_ACCOUNTS));
    }
  });
});

describe('explorer layout', () => {
  it('places every account inside the unit square, communities apart, deterministically', () => {
    const community = Uint32Array.from([0, 0, 0, 1, 1, 2, 2, 2, 2]);
    const followers = Float64Array.from([5, 1, 3, 0, 2, 9, 9, 1, 0]);
    const p = communityLayout(community, followers);
    expect(p).toEqual(communityLayout(community, followers));
    for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
    const centre = (c: number) => {
      const ids = [...community.keys()].filter((i) => community[i] === c);
      return [ids.reduce((s, i) => s + p[2 * i]!, 0) / ids.length, ids.reduce((s, i) => s + p[2 * i + 1]!, 0) / ids.length];
    };
    expect(Math.hypot(centre(0)[0]! - centre(1)[0]!, centre(0)[1]! - centre(1)[1]!)).toBeGreaterThan(0.3);
  });

  it('samples at most the asked number of edges', () => {
    const following = { n: 3, offsets: Uint32Array.from([0, 2, 3, 5]), targets: Uint32Array.from([1, 2, 0, 0, 1]) };
    expect(Array.from(sampleEdges(following, 10))).toEqual([0, 1, 0, 2, 1, 0, 2, 0, 2, 1]);
    expect(sampleEdges(following, 2).length / 2).toBeLessThanOrEqual(2);
    expect(Array.from(sampleEdges(following, 2))).toEqual([0, 1, 2, 0]);
  });
});
