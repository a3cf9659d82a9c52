/**
 * The decay game's tree: every path simulated, nodes shared by paths agree, the class's accounts
 * really hold the chosen strategy (and only they are steered), and the page's game reads the tree.
 * A small world (80 people, 2 choices × 2 rounds of 3 ticks: four runs) keeps it fast.
 */
import { describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { resolveDynamics } from '../../src/dynamics/params.js';
import { runDynamics } from '../../src/dynamics/run-dynamics.js';
import { STRATEGIES } from '../../src/dynamics/strategies.js';
import { ModelError } from '../../src/errors.js';
import { allPaths, pathKey, playAllPaths, type GameSpec } from '../../src/lessons/decay-game.js';
import { decayGameChart, decayGameHtml } from '../../src/lessons/decay-game-page.js';
import { classAccounts, goodhartDecayGame } from '../../src/lessons/goodhart-decay.js';
import { lessonWorld } from '../../src/lessons/run-lesson.js';

const config = resolveRunConfig(
  {
    id: 'game-test',
    defaults: {
      agents: 80,
      ticks: 3 + 2 * 3,
      roles: { gamer: 0.05 },
      activity: { recordEvery: 3 },
      attacks: [{ id: 'bought-followers', params: { budget: 60, targets: 1, startTick: 1000000 } }],
    },
  },
  { seed: 3 },
);
const dyn = resolveDynamics({ deployTick: 3 });
const world = lessonWorld({ ...goodhartDecayGame, defaults: { ...goodhartDecayGame.defaults, agents: 80, ticks: 9 } }, 3);
const accounts = classAccounts(world, 4);
const spec: GameSpec = { accounts, choices: ['organic', 'engagement-bots'], rounds: 2, roundTicks: 3 };
const tree = playAllPaths(config, dyn, spec);

describe('the decay game tree', () => {
  it('has one node per path prefix, each measured at its round end', () => {
    expect(allPaths(2, 2)).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect([...tree.nodes.keys()].sort()).toEqual(['', '0', '0-0', '0-1', '1', '1-0', '1-1']);
    expect(tree.nodes.get('')!.tick).toBe(2);
    expect(tree.nodes.get('1')!.tick).toBe(5);
    expect(tree.nodes.get('1-0')!.tick).toBe(8);
    for (const n of tree.nodes.values()) {
      expect(n.validity).toBeGreaterThanOrEqual(-1);
      expect(n.validity).toBeLessThanOrEqual(1);
      expect(n.gamingShare).toBeGreaterThanOrEqual(0);
      expect(n.classBestPlace).toBeGreaterThanOrEqual(1);
    }
  });

  it('the class accounts are ordinary honest people, and renting engagement lifts them on the leaderboard', () => {
    expect(accounts).toHaveLength(4);
    expect(new Set(accounts).size).toBe(4);
    expect(tree.nodes.get('1-1')!.classBestPlace).toBeLessThan(tree.nodes.get('0-0')!.classBestPlace);
  });

  it('steering holds the class accounts at the chosen strategy from deployment on, organic before', () => {
    const bots = STRATEGIES.find((s) => s.id === 'engagement-bots')!.code;
    const run = runDynamics(config, dyn, {
      steer: (c, _w, tick) => {
        if (tick === 0) {
          for (const i of accounts) {
            c.adaptive[i] = 0;
            c.adaptiveCount--;
          }
        } else if (tick >= 3) for (const i of accounts) c.strategy[i] = bots;
      },
    });
    const at = run.controller.strategyAt.get(8)!;
    for (const i of accounts) expect(at[i]).toBe(bots);
    for (const i of accounts) expect(run.controller.strategyAt.get(2)![i]).toBe(0);
    // The same path in the tree saw the same world: its validity at the end is this run's.
    const v = run.rows.find((r) => r.tick === 8 && r.scorer === 'deployed' && r.measure === 'spearman')!.value;
    expect(tree.nodes.get(pathKey([1, 1]))!.validity).toBe(v);
  });

  it('refuses a world whose ticks do not fit the rounds, and an account that does not adapt', () => {
    expect(() => playAllPaths({ ...config, ticks: 10 }, dyn, spec)).toThrow(ModelError);
    const bot = config.agents; // the first market bot
    expect(() => playAllPaths(config, dyn, { ...spec, accounts: [bot], rounds: 1, roundTicks: 3 })).toThrow(ModelError);
  });

  it('the page carries every node and one button per choice; the chart has a line per path', () => {
    const html = decayGameHtml(tree);
    const island = /<script type="application\/json" id="decay-game-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const data = JSON.parse(island) as { rounds: number; nodes: Record<string, { validity: number }> };
    expect(data.rounds).toBe(2);
    expect(Object.keys(data.nodes).sort()).toEqual([...tree.nodes.keys()].sort());
    for (const [k, n] of tree.nodes) expect(data.nodes[k]!.validity).toBe(n.validity);
    expect(html.match(/data-choice="\d"/g)).toHaveLength(2);
    // The team game's link is there only when asked for, its href escaped.
    expect(html).not.toContain('game-teams');
    expect(decayGameHtml(tree, 'explorer.html#game=decay-teams&seed=1')).toContain(
      '<a href="explorer.html#game=decay-teams&amp;seed=1">Open the team game</a>',
    );
    const chart = decayGameChart(tree) as { data: { values: { path: string; round: number }[] } };
    expect(new Set(chart.data.values.map((r) => r.path)).size).toBe(4);
    expect(chart.data.values).toHaveLength(4 * 3);
  });
});
