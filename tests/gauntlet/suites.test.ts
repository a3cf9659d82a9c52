/**
 * Suites kept honest: every suite says what changed from the version before; v2 holds every
 * registered attack with budgets per 1,000 real accounts (and so scales with the world); `--graph`
 * puts a suite's world on a user's topology and refuses suites with absolute budgets;
 * `--list-suites` describes them all. Small worlds only (one 240-account cell).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACKS } from '../../src/attacks/registry.js';
import { ParameterError } from '../../src/errors.js';
import { cellConfig, runCell } from '../../src/gauntlet/cell.js';
import { suiteOnGraph } from '../../src/gauntlet/graph.js';
import { describeSuites } from '../../src/gauntlet/suites/describe.js';
import { SUITES, getSuite } from '../../src/gauntlet/suites/registry.js';
import { getScorer } from '../../src/metrics/registry.js';

/** A 240-account follow graph, deterministic, with 12 hubs everyone follows a twelfth of. */
function graphFile(): string {
  const n = 240;
  const lines = ['follower,followee'];
  for (let i = 0; i < n; i++) {
    const out = new Set([(i + 1) % n, (i * 7 + 3) % n, (i * 13 + 5) % n, i % 12, (i * i + 1) % n]);
    out.delete(i);
    for (const j of out) lines.push(`a${i},a${j}`);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'gauntlet-graph-')), 'edges.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('gauntlet suites', () => {
  it('every suite says what changed, starts each ladder at 0 and climbs', () => {
    for (const s of SUITES) {
      expect(s.changes.length, s.id).toBeGreaterThan(20);
      for (const a of s.attacks) {
        expect(a.budgets[0], `${s.id} ${a.id}`).toBe(0);
        expect([...a.budgets].sort((x, y) => x - y)).toEqual(a.budgets);
      }
    }
  });

  it('v2 and smoke2 hold every registered attack, with budgets per 1,000 accounts', () => {
    for (const id of ['v2', 'smoke2']) {
      const s = getSuite(id);
      expect(s.budgetsPer1000, id).toBe(true);
      expect(s.attacks.map((a) => a.id).sort(), id).toEqual(ATTACKS.map((a) => a.id).sort());
    }
    expect(getSuite('v1').budgetsPer1000).toBeUndefined();
  });

  it("a budget per 1,000 becomes the absolute budget for the world's size", () => {
    const s = getSuite('smoke2');
    const ai = s.attacks.findIndex((a) => a.id === 'bought-followers');
    const config = cellConfig(s, { world: 0, attack: ai, budget: 700, seed: 1 });
    expect(config.attacks[0]).toMatchObject({ budgetPer1000: 700, params: { budget: 210 } });
    const v1 = getSuite('v1');
    expect(cellConfig(v1, { world: 0, attack: ai, budget: 400, seed: 1 }).attacks[0]!.params.budget).toBe(400);
  });

  it('--graph builds the world on the file (its accounts, budgets scaled to them) and refuses absolute budgets', () => {
    const path = graphFile();
    expect(() => suiteOnGraph(getSuite('v1'), { path })).toThrow(ParameterError);
    expect(() => suiteOnGraph(getSuite('v1'), { path })).toThrow(/--graph.*budgets per 1,000 accounts.*suite v1 has absolute budgets/);
    const s = suiteOnGraph(getSuite('smoke2'), { path });
    expect(s.worlds).toHaveLength(1);
    expect(s.worlds[0]).toMatchObject({ id: 'your-graph-240', agents: 240, generator: 'from-file', ticks: 10 });
    const ai = s.attacks.findIndex((a) => a.id === 'sybil-region');
    const cell = { world: 0, attack: ai, budget: 130, seed: 1 };
    const config = cellConfig(s, cell);
    expect(config.agents).toBe(240);
    expect(config.attacks[0]!.params.budget).toBeCloseTo((130 * 240) / 1000, 12);
    const [o] = runCell(s, cell, [getScorer('pagerank')]);
    expect(o!.ok).toBe(true);
    if (o!.ok) expect(o!.measures.auc).toBeGreaterThanOrEqual(0);
  });

  it('--list-suites describes every suite, its budget unit, its ladders and what changed', () => {
    const text = describeSuites(SUITES).join('\n');
    for (const s of SUITES) {
      expect(text).toContain(`${s.id} (version ${s.version}): ${s.description}`);
      expect(text).toContain(`changes: ${s.changes}`);
    }
    expect(text).toMatch(/v2 \(version 1\)[\s\S]*per 1,000 real accounts \(works with --graph\)/);
    expect(text).toMatch(/sybil-region\s+0 \/ 25 \/ 100 \/ 400\s+attack edges/);
  });
});
